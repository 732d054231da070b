namespace LineFlex;

/// <summary>Choices for what Infobip's LINE notification cannot carry as LINE wrote it.</summary>
/// <remarks>See docs/interop.md.</remarks>
public sealed record LineImportOptions
{
    /// <summary>The options that choose nothing: a hero or a carousel is an error.</summary>
    public static LineImportOptions Default { get; } = new();

    /// <summary>Moves a bubble's hero to the top of its body instead of leaving it out (a warning instead of an error).</summary>
    public bool HeroToBody { get; init; }

    /// <summary>Takes the carousel's bubble at this index (<c>contents[1]</c> is 1) instead of reporting the carousel as an error.</summary>
    public int? CarouselBubble { get; init; }
}
