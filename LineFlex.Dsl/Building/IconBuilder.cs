namespace LineFlex;

/// <summary>Builds a <see cref="FlexIcon"/>.</summary>
/// <remarks>You meet one as a lambda parameter: <c>row.Icon(url, i => i.Size("sm"))</c>. See docs/building-messages.md.</remarks>
public sealed partial class IconBuilder : IFlexBuilder, IHasMargin, IHasPosition
{
    // The state is one field per property of FlexIcon, generated with the plain setters (IconBuilder.g.cs).
    internal IconBuilder(string url) => _url = url;

    internal static FlexIcon Build(string url, Action<IconBuilder>? configure) =>
        new IconBuilder(url ?? throw new ArgumentNullException(nameof(url))).Configured(configure).BuildFlexIcon();
}
