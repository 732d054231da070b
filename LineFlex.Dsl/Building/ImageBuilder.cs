namespace LineFlex;

/// <summary>Builds a <see cref="FlexImage"/>.</summary>
/// <remarks>You meet one as a lambda parameter: <c>box.Image(url, i => i.Size("full").AspectRatio("20:13"))</c>. See docs/building-messages.md.</remarks>
public sealed partial class ImageBuilder : IFlexBuilder, IHasFlex, IHasMargin, IHasPosition, IHasAction, IHasAlign, IHasGravity
{
    // The state is one field per property of FlexImage, generated with the plain setters (ImageBuilder.g.cs).
    internal ImageBuilder(string url) => _url = url;

    void IHasAction.SetAction(FlexAction action)
    {
        SlotGuard.EnsureNoAction(_action, "IMAGE");
        _action = action;
    }

    internal static FlexImage Build(string url, Action<ImageBuilder>? configure) =>
        new ImageBuilder(url ?? throw new ArgumentNullException(nameof(url))).Configured(configure).BuildFlexImage();
}
