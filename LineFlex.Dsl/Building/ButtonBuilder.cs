namespace LineFlex;

/// <summary>Builds a <see cref="FlexButton"/>; its action is given when it is added.</summary>
/// <remarks>You meet one as a lambda parameter: <c>footer.Button(Flex.Uri("Track", url), b => b.Style(ButtonStyle.Primary))</c>. See docs/building-messages.md.</remarks>
public sealed class ButtonBuilder : IHasFlex, IHasMargin, IHasPosition, IHasGravity, IHasColor
{
    private FlexButton _button;

    internal ButtonBuilder(FlexAction action) => _button = new FlexButton { Action = action };

    /// <summary>Sets <c>height</c>.</summary>
    public ButtonBuilder Height(ButtonHeight height)
    {
        _button = _button with { Height = height };
        return this;
    }

    /// <summary>Sets <c>style</c>: PRIMARY, SECONDARY or LINK.</summary>
    public ButtonBuilder Style(ButtonStyle style)
    {
        _button = _button with { Style = style };
        return this;
    }

    void IHasFlex.SetFlex(int flex) => _button = _button with { Flex = flex };

    void IHasMargin.SetMargin(FlexSpacing margin) => _button = _button with { Margin = margin };

    void IHasPosition.SetPosition(FlexPosition position) => _button = _button with { Position = position };

    void IHasPosition.SetOffsets(FlexInset? top, FlexInset? bottom, FlexInset? start, FlexInset? end) =>
        _button = _button with
        {
            OffsetTop = top ?? _button.OffsetTop,
            OffsetBottom = bottom ?? _button.OffsetBottom,
            OffsetStart = start ?? _button.OffsetStart,
            OffsetEnd = end ?? _button.OffsetEnd,
        };

    void IHasGravity.SetGravity(FlexGravity gravity) => _button = _button with { Gravity = gravity };

    void IHasColor.SetColor(FlexColor color) => _button = _button with { Color = color };

    internal static FlexButton Build(FlexAction action, Action<ButtonBuilder>? configure)
    {
        var builder = new ButtonBuilder(action ?? throw new ArgumentNullException(nameof(action)));
        configure?.Invoke(builder);
        return builder._button;
    }
}
