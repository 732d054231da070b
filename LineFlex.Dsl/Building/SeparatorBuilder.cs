namespace LineFlex;

/// <summary>Builds a <see cref="FlexSeparator"/>.</summary>
/// <remarks>You meet one as a lambda parameter: <c>body.Separator(s => s.Margin("md"))</c>. See docs/building-messages.md.</remarks>
public sealed partial class SeparatorBuilder : IFlexBuilder, IHasMargin, IHasColor
{
    // The state is one field per property of FlexSeparator, generated (SeparatorBuilder.g.cs).
    internal SeparatorBuilder()
    {
    }

    internal static FlexSeparator Build(Action<SeparatorBuilder>? configure) =>
        new SeparatorBuilder().Configured(configure).BuildFlexSeparator();
}
