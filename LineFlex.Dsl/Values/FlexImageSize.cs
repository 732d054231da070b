namespace LineFlex;

/// <summary>
/// The size of an IMAGE.
/// </summary>
/// <remarks>
/// Used for IMAGE <c>size</c>: a size keyword or <see cref="Full"/>, pixels (<c>12px</c>) or a percentage (<c>80%</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// The keywords and members are generated from the grammar below. See docs/building-messages.md.
/// </remarks>
[Grammar("an image size", FlexGrammars.SizeKeywords + " full", Pixels = true, Percent = true)]
public readonly partial record struct FlexImageSize : IFlexValue<FlexImageSize>;
