namespace LineFlex;

/// <summary>Builds a <see cref="FlexButton"/>; its action is given when it is added.</summary>
/// <remarks>You meet one as a lambda parameter: <c>footer.Button(Flex.Uri("Track", url), b => b.Style(ButtonStyle.Primary))</c>. See docs/building-messages.md.</remarks>
public sealed partial class ButtonBuilder : IFlexBuilder, IHasFlex, IHasMargin, IHasPosition, IHasGravity, IHasColor
{
    // The state is one field per property of FlexButton, generated with the plain setters (ButtonBuilder.g.cs).
    internal ButtonBuilder(FlexAction action) => _action = action;

    internal static FlexButton Build(FlexAction action, Action<ButtonBuilder>? configure) =>
        new ButtonBuilder(action ?? throw new ArgumentNullException(nameof(action))).Configured(configure).BuildFlexButton();
}
