namespace LineFlex;

/// <summary>
/// A box's <c>width</c> or <c>height</c>.
/// </summary>
/// <remarks>
/// Used for box <c>width</c> and <c>height</c>: pixels (<c>12px</c>) or a percentage (<c>80%</c>); there are no keywords.
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// The keywords and members are generated from the grammar below. See docs/building-messages.md.
/// </remarks>
[Grammar("a box width or height", "", Pixels = true, Percent = true)]
public readonly partial record struct FlexLength : IFlexValue<FlexLength>;
