namespace LineFlex;

/// <summary>Builds a <see cref="FlexImage"/>.</summary>
/// <remarks>You meet one as a lambda parameter: <c>box.Image(url, i => i.Size("full").AspectRatio("20:13"))</c>. See docs/building-messages.md.</remarks>
public sealed class ImageBuilder : IHasFlex, IHasMargin, IHasPosition, IHasAction, IHasAlign, IHasGravity
{
    private FlexImage _image;

    internal ImageBuilder(string url) => _image = new FlexImage { Url = url };

    /// <summary>Sets <c>size</c> (<c>"full"</c>, <c>"80%"</c>, <c>"120px"</c>).</summary>
    public ImageBuilder Size(FlexImageSize size)
    {
        _image = _image with { Size = size };
        return this;
    }

    /// <summary>Sets <c>aspectRatio</c> (<c>"20:13"</c>).</summary>
    public ImageBuilder AspectRatio(FlexAspectRatio ratio)
    {
        _image = _image with { AspectRatio = ratio };
        return this;
    }

    /// <summary>Sets <c>aspectMode</c>.</summary>
    public ImageBuilder AspectMode(AspectMode mode)
    {
        _image = _image with { AspectMode = mode };
        return this;
    }

    /// <summary>Sets <c>backgroundColor</c>.</summary>
    public ImageBuilder BackgroundColor(FlexColor color)
    {
        _image = _image with { BackgroundColor = color };
        return this;
    }

    void IHasFlex.SetFlex(int flex) => _image = _image with { Flex = flex };

    void IHasMargin.SetMargin(FlexSpacing margin) => _image = _image with { Margin = margin };

    void IHasPosition.SetPosition(FlexPosition position) => _image = _image with { Position = position };

    void IHasPosition.SetOffsets(FlexInset? top, FlexInset? bottom, FlexInset? start, FlexInset? end) =>
        _image = _image with
        {
            OffsetTop = top ?? _image.OffsetTop,
            OffsetBottom = bottom ?? _image.OffsetBottom,
            OffsetStart = start ?? _image.OffsetStart,
            OffsetEnd = end ?? _image.OffsetEnd,
        };

    void IHasAction.SetAction(FlexAction action)
    {
        SlotGuard.EnsureNoAction(_image.Action, "IMAGE");
        _image = _image with { Action = action };
    }

    void IHasAlign.SetAlign(FlexAlign align) => _image = _image with { Align = align };

    void IHasGravity.SetGravity(FlexGravity gravity) => _image = _image with { Gravity = gravity };

    internal static FlexImage Build(string url, Action<ImageBuilder>? configure)
    {
        var builder = new ImageBuilder(url ?? throw new ArgumentNullException(nameof(url)));
        configure?.Invoke(builder);
        return builder._image;
    }
}
