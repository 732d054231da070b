namespace LineFlex;

/// <summary>
/// A padding or an offset: <c>paddingAll/Top/Bottom/Start/End</c> and <c>offsetTop/Bottom/Start/End</c>.
/// </summary>
/// <remarks>
/// Used for paddings and offsets: a spacing keyword (<see cref="Md"/>), pixels (<c>12px</c>) or a percentage (<c>80%</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// The keywords and members are generated from the grammar below. See docs/building-messages.md.
/// </remarks>
[Grammar("a padding or offset", FlexGrammars.SpacingKeywords, Pixels = true, Percent = true)]
public readonly partial record struct FlexInset : IFlexValue<FlexInset>;
