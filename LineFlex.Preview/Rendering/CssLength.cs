namespace LineFlex;

/// <summary>
/// Turns LINE's typed values into CSS lengths, from the figures of LINE's layout rules. A value is written only when
/// it is well formed: its grammar is digits, one decimal point and a unit, or a keyword, so it cannot carry
/// anything but a length into a style. A malformed value is left out, and the validator reports it.
/// </summary>
internal static class CssLength
{
    /// <summary>TEXT, SPAN and ICON sizes; image sizes share the keywords with their own figures.</summary>
    private static readonly Dictionary<string, string> TextSizes = new(StringComparer.Ordinal)
    {
        ["xxs"] = "11px", ["xs"] = "13px", ["sm"] = "14px", ["md"] = "16px", ["lg"] = "19px",
        ["xl"] = "22px", ["xxl"] = "29px", ["3xl"] = "35px", ["4xl"] = "48px", ["5xl"] = "74px",
    };

    private static readonly Dictionary<string, string> ImageSizes = new(StringComparer.Ordinal)
    {
        ["xxs"] = "40px", ["xs"] = "60px", ["sm"] = "80px", ["md"] = "100px", ["lg"] = "120px", ["xl"] = "140px",
        ["xxl"] = "160px", ["3xl"] = "180px", ["4xl"] = "200px", ["5xl"] = "220px", ["full"] = "100%",
    };

    /// <summary>Spacing, margin, padding, offsets and corner radius.</summary>
    private static readonly Dictionary<string, string> Spacings = new(StringComparer.Ordinal)
    {
        ["none"] = "0", ["xs"] = "2px", ["sm"] = "4px", ["md"] = "8px", ["lg"] = "12px", ["xl"] = "16px", ["xxl"] = "20px",
    };

    private static readonly Dictionary<string, string> BorderWidths = new(StringComparer.Ordinal)
    {
        ["none"] = "0", ["light"] = "0.5px", ["normal"] = "1px", ["medium"] = "2px", ["semi-bold"] = "3px", ["bold"] = "4px",
    };

    public static string? Of(FlexSize? size) => size is { IsWellFormed: true } s ? Map(TextSizes, s.Value) : null;

    public static string? Of(FlexImageSize? size) => size is { IsWellFormed: true } s ? Map(ImageSizes, s.Value) : null;

    public static string? Of(FlexSpacing? spacing) => spacing is { IsWellFormed: true } s ? Map(Spacings, s.Value) : null;

    public static string? Of(FlexInset? inset) => inset is { IsWellFormed: true } s ? Map(Spacings, s.Value) : null;

    public static string? Of(FlexOffset? offset) => offset is { IsWellFormed: true } s ? Map(Spacings, s.Value) : null;

    public static string? Of(FlexBorderWidth? width) => width is { IsWellFormed: true } w ? Map(BorderWidths, w.Value) : null;

    public static string? Of(FlexLength? length) => length is { IsWellFormed: true } l ? l.Value : null;

    /// <summary>The colour when it is <c>#RRGGBB</c> or <c>#RRGGBBAA</c>.</summary>
    public static string? Of(FlexColor? color) => color is { IsWellFormed: true } c ? c.Value : null;

    /// <summary>The CSS <c>aspect-ratio</c> (<c>20 / 13</c>) when the ratio is well formed.</summary>
    public static string? Of(FlexAspectRatio? ratio) =>
        ratio is { IsWellFormed: true } r ? r.Value.Replace(":", " / ", StringComparison.Ordinal) : null;

    // A well-formed value is a keyword of the table or a number with its unit, already CSS.
    private static string Map(Dictionary<string, string> keywords, string value) =>
        keywords.TryGetValue(value, out var css) ? css : value;
}
