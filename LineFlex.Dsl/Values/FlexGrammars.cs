namespace LineFlex;

/// <summary>The grammars of LINE's string-typed values, from the "Units and keywords" table of LINE's Flex rules.</summary>
internal static class FlexGrammars
{
    private static readonly string[] SpacingKeywords = ["none", "xs", "sm", "md", "lg", "xl", "xxl"];
    private static readonly string[] SizeKeywords = ["xxs", "xs", "sm", "md", "lg", "xl", "xxl", "3xl", "4xl", "5xl"];

    /// <summary>Box <c>spacing</c>, component <c>margin</c> and box <c>cornerRadius</c>.</summary>
    public static readonly ValueGrammar Spacing = new("a spacing", SpacingKeywords, pixels: true, percent: false);

    /// <summary>Paddings and offsets.</summary>
    public static readonly ValueGrammar Inset = new("a padding or offset", SpacingKeywords, pixels: true, percent: true);

    /// <summary>TEXT, SPAN and ICON <c>size</c>.</summary>
    public static readonly ValueGrammar Size = new("a text or icon size", SizeKeywords, pixels: true, percent: false);

    /// <summary>IMAGE <c>size</c>.</summary>
    public static readonly ValueGrammar ImageSize = new("an image size", [.. SizeKeywords, "full"], pixels: true, percent: true);

    /// <summary>Box <c>borderWidth</c>.</summary>
    public static readonly ValueGrammar BorderWidth = new(
        "a border width", ["none", "light", "normal", "medium", "semi-bold", "bold"], pixels: true, percent: false);

    /// <summary>Box <c>width</c> and <c>height</c>.</summary>
    public static readonly ValueGrammar Length = new("a box width or height", [], pixels: true, percent: true);
}
