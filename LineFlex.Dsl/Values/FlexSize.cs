namespace LineFlex;

/// <summary>
/// The size of a TEXT, SPAN or ICON.
/// </summary>
/// <remarks>
/// Used for TEXT, SPAN and ICON <c>size</c>: a keyword (<see cref="Md"/>) or pixels (<c>12px</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// The keywords and members are generated from the grammar below. See docs/building-messages.md.
/// </remarks>
[Grammar("a text or icon size", FlexGrammars.SizeKeywords, Pixels = true)]
public readonly partial record struct FlexSize : IFlexValue<FlexSize>;
