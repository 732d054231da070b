namespace LineFlex;

/// <summary>How <see cref="FlexCode.Generate"/> writes its code.</summary>
/// <remarks>See docs/interop.md.</remarks>
public sealed record FlexCodeOptions
{
    /// <summary>An expression, with repeated rows as loops.</summary>
    public static FlexCodeOptions Default { get; } = new();

    /// <summary>
    /// Writes a whole file: <c>using LineFlex;</c> and a static method of this name in <see cref="ClassName"/> that
    /// returns the node (<c>public static FlexBubble OrderShipped() =&gt; ...;</c>); an expression alone when null.
    /// </summary>
    public string? MethodName { get; init; }

    /// <summary>The static partial class that holds the method (<c>FlexTemplates</c>), so several generated files compose.</summary>
    public string ClassName { get; init; } = "FlexTemplates";

    /// <summary>
    /// Turns siblings that differ only in their strings (the rows of a receipt) into a loop over a list of those
    /// strings, with a comment where the data goes. Off, every sibling is written out.
    /// </summary>
    public bool Loops { get; init; } = true;
}
