namespace LineFlex;

/// <summary>
/// Marks a record of the model as a node of the wire JSON, so the source generator writes its JSON, its
/// well-formedness checks, its builder's state and setters, and its entry in <see cref="FlexSchema"/>.
/// Its properties are its wire properties, written in the order they are declared, with those an interface gives it
/// (<see cref="PropertiesOfAttribute"/>) where that says.
/// </summary>
/// <remarks>See docs/architecture.md.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class FlexNodeAttribute : Attribute
{
    /// <summary>A node without a wire <c>type</c>, or a polymorphic base whose subtypes have one.</summary>
    public FlexNodeAttribute()
    {
    }

    /// <summary>
    /// A node with a wire <c>type</c>: a string (<c>"BUBBLE"</c>) gives the node a <c>WireType</c> constant; an enum
    /// member (<c>ComponentType.Box</c>) overrides its base's abstract property of that enum.
    /// </summary>
    public FlexNodeAttribute(object wireType) => WireType = wireType;

    /// <summary>The wire <c>type</c>, as given.</summary>
    public object? WireType { get; }

    /// <summary>The builder that holds the node's values until it builds it; the builder must be declared <c>partial</c>.</summary>
    public Type? Builder { get; set; }

    /// <summary>
    /// What the node is called in the reader's error messages, with its article (<c>"a destination"</c>,
    /// <c>"the request"</c>); a node with a wire type is called by it (<c>"a BOX"</c>) when this is not given.
    /// </summary>
    public string? Noun { get; set; }
}
