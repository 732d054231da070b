namespace LineFlex;

/// <summary>
/// The width of a box's border.
/// </summary>
/// <remarks>
/// Used for box <c>borderWidth</c>: a keyword (<see cref="SemiBold"/>) or pixels (<c>12px</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// The keywords and members are generated from the grammar below. See docs/building-messages.md.
/// </remarks>
[Grammar("a border width", "none light normal medium semi-bold bold", Pixels = true)]
public readonly partial record struct FlexBorderWidth : IFlexValue<FlexBorderWidth>;
