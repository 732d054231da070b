namespace LineFlex;

/// <summary>
/// Keeps a rarely set <c>partial</c> property of a node in the record of rare properties named
/// <paramref name="group"/>, which several nodes share (<c>Placement</c>: <c>position</c> and the offsets), instead of
/// the node's own. Without it a partial property goes to the node's own record of rare properties.
/// </summary>
/// <remarks>See docs/architecture.md ("Adding a property").</remarks>
/// <param name="group">The name of the shared record of rare properties.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SharedAttribute(string group) : Attribute
{
    /// <summary>The name of the shared record of rare properties.</summary>
    public string Group { get; } = group;
}
