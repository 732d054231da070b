namespace LineFlex;

/// <summary>Builds a <see cref="FlexSeparator"/>.</summary>
/// <remarks>You meet one as a lambda parameter: <c>body.Separator(s => s.Margin("md"))</c>. See docs/building-messages.md.</remarks>
public sealed class SeparatorBuilder : IHasMargin, IHasColor
{
    private FlexSeparator _separator = new();

    internal SeparatorBuilder()
    {
    }

    void IHasMargin.SetMargin(FlexSpacing margin) => _separator = _separator with { Margin = margin };

    void IHasColor.SetColor(FlexColor color) => _separator = _separator with { Color = color };

    internal static FlexSeparator Build(Action<SeparatorBuilder>? configure)
    {
        var builder = new SeparatorBuilder();
        configure?.Invoke(builder);
        return builder._separator;
    }
}
