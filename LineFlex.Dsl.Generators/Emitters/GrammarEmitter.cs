namespace LineFlex.Generators;

/// <summary>
/// The members of a typed value with a keyword grammar (<c>FlexSpacing</c>, ...): the grammar itself, one static
/// property per keyword, <c>Px</c> and <c>Percent</c> where the grammar takes them, parsing, the <c>Raw</c> escape
/// hatch and the implicit conversion from a literal. The keyword table is written once, in the <c>[Grammar]</c> attribute.
/// </summary>
internal static class GrammarEmitter
{
    public static string Emit(GrammarInfo grammar)
    {
        var name = grammar.Name;
        var code = new CodeWriter($"The keywords, units and parsing of {name}.", $"the [Grammar] of {name}");
        code.Line($"namespace {grammar.Namespace};").Line();
        code.Open($"partial record struct {name}");
        var keywords = string.Join(", ", grammar.Keywords.Select(k => $"\"{k}\""));
        code.Line("/// <summary>What this value accepts: its keywords, and whether it takes pixels and percentages.</summary>");
        code.Line($"internal static ValueGrammar Grammar {{ get; }} = new(\"{grammar.Description}\", [{keywords}], pixels: {Bool(grammar.Pixels)}, percent: {Bool(grammar.Percent)}, signed: {Bool(grammar.Signed)});");
        code.Line();
        code.Line("private readonly string? _value;");
        code.Line();
        code.Line($"private {name}(string value) => _value = value;");
        code.Line();
        code.Line("/// <summary>The value exactly as it is written in the JSON.</summary>");
        code.Line("public string Value => _value ?? string.Empty;");
        code.Line();
        code.Line("/// <summary>Whether <see cref=\"Value\"/> follows LINE's grammar for this property (false only for <see cref=\"Raw\"/> values).</summary>");
        code.Line("public bool IsWellFormed => Grammar.Matches(_value);");
        code.Line();
        foreach (var keyword in grammar.Keywords)
        {
            code.Line($"/// <summary>The keyword <c>{keyword}</c>.</summary>");
            code.Line($"public static {name} {Words.KeywordMember(keyword)} {{ get; }} = new(\"{keyword}\");");
            code.Line();
        }

        if (grammar.Pixels)
        {
            code.Line("/// <summary>A pixel value, written as <c>{pixels}px</c>.</summary>");
            code.Line(grammar.Signed
                ? "/// <param name=\"pixels\">Any number of pixels, negative too (-2); decimals are allowed (0.3).</param>"
                : "/// <param name=\"pixels\">Zero or more pixels; decimals are allowed (0.3).</param>");
            code.Line($"public static {name} Px(decimal pixels) => new(ValueGrammar.Pixels(pixels, nameof(pixels), signed: {Bool(grammar.Signed)}));");
            code.Line();
        }

        if (grammar.Percent)
        {
            code.Line("/// <summary>A percentage, written as <c>{percent}%</c>.</summary>");
            code.Line(grammar.Signed
                ? "/// <param name=\"percent\">Any percentage, negative too; decimals are allowed.</param>"
                : "/// <param name=\"percent\">Zero or more percent; decimals are allowed.</param>");
            code.Line($"public static {name} Percent(decimal percent) => new(ValueGrammar.Percent(percent, nameof(percent), signed: {Bool(grammar.Signed)}));");
            code.Line();
        }

        code.Line("/// <summary>Parses a literal such as the JSON holds it.</summary>");
        code.Line("/// <exception cref=\"ArgumentException\">The literal does not follow LINE's grammar for this value.</exception>");
        code.Line($"public static {name} Parse(string value) => new(Grammar.Check(value, nameof(value)));");
        code.Line();
        code.Line("/// <summary>Parses a literal, returning false instead of throwing when it is malformed.</summary>");
        code.Open($"public static bool TryParse(string? value, out {name} result)");
        code.Line("result = Grammar.Matches(value) ? new(value!) : default;");
        code.Line("return result._value is not null;");
        code.Close().Line();
        code.Line("/// <summary>");
        code.Line("/// The escape hatch: keeps <paramref name=\"value\"/> as it is, without checking it here.");
        code.Line("/// The validator still reports a value that LINE would reject.");
        code.Line("/// </summary>");
        code.Line($"public static {name} Raw(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));");
        code.Line();
        code.Line("/// <summary>Parses a literal; see <see cref=\"Parse\"/>.</summary>");
        code.Line($"public static implicit operator {name}(string value) => Parse(value);");
        code.Line();
        code.Line("string IFlexValue.Expected => Grammar.Expected;");
        code.Line();
        code.Line("/// <inheritdoc/>");
        code.Line("public override string ToString() => Value;");
        code.Close();
        return code.ToString();
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
