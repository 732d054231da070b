namespace LineFlex;

/// <summary>Builds a <see cref="FlexIcon"/>.</summary>
/// <remarks>You meet one as a lambda parameter: <c>row.Icon(url, i => i.Size("sm"))</c>. See docs/building-messages.md.</remarks>
public sealed class IconBuilder : IHasMargin, IHasPosition
{
    private FlexIcon _icon;

    internal IconBuilder(string url) => _icon = new FlexIcon { Url = url };

    /// <summary>Sets <c>size</c> (<c>"sm"</c>, <c>"14px"</c>).</summary>
    public IconBuilder Size(FlexSize size)
    {
        _icon = _icon with { Size = size };
        return this;
    }

    /// <summary>Sets <c>aspectRatio</c> (<c>"2:1"</c>).</summary>
    public IconBuilder AspectRatio(FlexAspectRatio ratio)
    {
        _icon = _icon with { AspectRatio = ratio };
        return this;
    }

    void IHasMargin.SetMargin(FlexSpacing margin) => _icon = _icon with { Margin = margin };

    void IHasPosition.SetPosition(FlexPosition position) => _icon = _icon with { Position = position };

    void IHasPosition.SetOffsets(FlexInset? top, FlexInset? bottom, FlexInset? start, FlexInset? end) =>
        _icon = _icon with
        {
            OffsetTop = top ?? _icon.OffsetTop,
            OffsetBottom = bottom ?? _icon.OffsetBottom,
            OffsetStart = start ?? _icon.OffsetStart,
            OffsetEnd = end ?? _icon.OffsetEnd,
        };

    internal static FlexIcon Build(string url, Action<IconBuilder>? configure)
    {
        var builder = new IconBuilder(url ?? throw new ArgumentNullException(nameof(url)));
        configure?.Invoke(builder);
        return builder._icon;
    }
}
