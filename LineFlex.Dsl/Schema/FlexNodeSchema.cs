namespace LineFlex;

/// <summary>One node of the model: a record that is a JSON object on the wire, with its properties in wire order.</summary>
/// <remarks>See docs/architecture.md.</remarks>
public sealed class FlexNodeSchema
{
    private readonly Dictionary<string, FlexPropertySchema> _byWireName;

    internal FlexNodeSchema(Type type, string? wireType, Type? baseType, Type? builder, string summary, FlexPropertySchema[] properties)
    {
        Type = type;
        WireType = wireType;
        BaseType = baseType;
        Builder = builder;
        Summary = summary;
        Properties = properties;
        _byWireName = properties.ToDictionary(p => p.WireName, StringComparer.Ordinal);
    }

    /// <summary>The record's type (<see cref="FlexBox"/>).</summary>
    public Type Type { get; }

    /// <summary>The record's name (<c>FlexBox</c>).</summary>
    public string Name => Type.Name;

    /// <summary>The wire <c>type</c> written first in the object (<c>BOX</c>); null for an object without one.</summary>
    public string? WireType { get; }

    /// <summary>The polymorphic base whose <c>type</c> tells its subtypes apart (<see cref="FlexComponent"/>); null when there is none.</summary>
    public Type? BaseType { get; }

    /// <summary>Whether the node is a polymorphic base, read as one of its <see cref="Subtypes"/>.</summary>
    public bool IsAbstract => Type.IsAbstract;

    /// <summary>The nodes a polymorphic base stands for, each with its own <see cref="WireType"/>; empty for other nodes.</summary>
    public IReadOnlyList<FlexNodeSchema> Subtypes { get; internal set; } = [];

    /// <summary>The builder that holds the node's values while it is built; null for a node built from arguments.</summary>
    public Type? Builder { get; }

    /// <summary>The record's documentation, as plain text.</summary>
    public string Summary { get; }

    /// <summary>The properties in the order they are written, those of a base first; the wire <c>type</c> is not one of them.</summary>
    public IReadOnlyList<FlexPropertySchema> Properties { get; }

    /// <summary>The property of this wire name (<c>paddingTop</c>), or null.</summary>
    public FlexPropertySchema? FindProperty(string wireName) =>
        _byWireName.TryGetValue(wireName ?? throw new ArgumentNullException(nameof(wireName)), out var property) ? property : null;

    /// <summary>The wire type, or the record's name when it has none.</summary>
    public override string ToString() => WireType ?? Name;
}
