namespace LineFlex;

/// <summary>
/// A spacing: a box's <c>spacing</c>, a component's <c>margin</c> or a box's <c>cornerRadius</c>.
/// </summary>
/// <remarks>
/// Used for box <c>spacing</c>, component <c>margin</c> and box <c>cornerRadius</c>: a keyword (<see cref="Md"/>) or pixels (<c>12px</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// The keywords and members are generated from the grammar below. See docs/building-messages.md.
/// </remarks>
[Grammar("a spacing", FlexGrammars.SpacingKeywords, Pixels = true)]
public readonly partial record struct FlexSpacing : IFlexValue<FlexSpacing>;
