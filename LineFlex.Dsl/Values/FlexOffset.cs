namespace LineFlex;

/// <summary>
/// An offset: <c>offsetTop/Bottom/Start/End</c>, which moves a component from where it stands.
/// </summary>
/// <remarks>
/// A spacing keyword (<see cref="Md"/>), pixels (<c>12px</c>) or a percentage (<c>80%</c>), and unlike a padding it may
/// be negative (<c>-2px</c>): LINE's own showcase writes <c>"offsetTop": "-2px"</c>, and neither LINE's nor Infobip's
/// schema restricts the sign. A malformed literal throws <see cref="ArgumentException"/> where it is written;
/// <see cref="Raw"/> is the escape hatch that keeps any string unchecked (the validator still checks it).
/// The keywords and members are generated from the grammar below. See docs/building-messages.md.
/// </remarks>
[Grammar("an offset", FlexGrammars.SpacingKeywords, Pixels = true, Percent = true, Signed = true)]
public readonly partial record struct FlexOffset : IFlexValue<FlexOffset>;
