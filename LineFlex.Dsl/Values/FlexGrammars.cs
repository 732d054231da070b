namespace LineFlex;

/// <summary>
/// The keyword tables of LINE's string-typed values, from the "Units and keywords" table of LINE's Flex rules.
/// Each is written once here and used by the <c>[Grammar]</c> of every value that takes it.
/// </summary>
internal static class FlexGrammars
{
    /// <summary>Spacings, paddings and offsets.</summary>
    public const string SpacingKeywords = "none xs sm md lg xl xxl";

    /// <summary>TEXT, SPAN, ICON and IMAGE sizes.</summary>
    public const string SizeKeywords = "xxs xs sm md lg xl xxl 3xl 4xl 5xl";
}
