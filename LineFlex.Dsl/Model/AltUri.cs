namespace LineFlex;

/// <summary>An action's <c>altUri</c>: the link LINE for desktop opens instead.</summary>
[FlexNode(Noun = "an altUri")]
public sealed partial record AltUri
{
    /// <summary><c>desktop</c> (0..1000 characters).</summary>
    public string? Desktop { get; init; }
}
