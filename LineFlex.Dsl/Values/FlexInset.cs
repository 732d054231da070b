namespace LineFlex;

/// <summary>
/// A padding: <c>paddingAll/Top/Bottom/Start/End</c>. Offsets, which may be negative, are <see cref="FlexOffset"/>.
/// </summary>
/// <remarks>
/// A spacing keyword (<see cref="Md"/>), pixels (<c>12px</c>) or a percentage (<c>80%</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// The keywords and members are generated from the grammar below. See docs/building-messages.md.
/// </remarks>
[Grammar("a padding", FlexGrammars.SpacingKeywords, Pixels = true, Percent = true)]
public readonly partial record struct FlexInset : IFlexValue<FlexInset>;
