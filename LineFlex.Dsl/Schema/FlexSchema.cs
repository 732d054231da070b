namespace LineFlex;

/// <summary>
/// The shape of the whole model at run time: every node, its wire <c>type</c>, its properties with their wire
/// names, CLR types, builder methods and allowed words. The source generator writes it from the same
/// declarations as the writer, the builders and the well-formedness checks, so it never disagrees with them.
/// </summary>
/// <remarks>See docs/architecture.md.</remarks>
public static partial class FlexSchema
{
    private static readonly Dictionary<Type, FlexNodeSchema> ByType;

    static FlexSchema()
    {
        var nodes = CreateNodes();
        ByType = nodes.ToDictionary(n => n.Type);
        foreach (var node in nodes.Where(n => n.IsAbstract))
        {
            node.Subtypes = nodes.Where(n => n.BaseType == node.Type).ToArray();
        }

        Nodes = nodes;
    }

    /// <summary>The wire name of the property that holds a node's <see cref="FlexNodeSchema.WireType"/>: <c>type</c>, written first.</summary>
    public const string TypeProperty = "type";

    /// <summary>Every node, from the request down in property order.</summary>
    public static IReadOnlyList<FlexNodeSchema> Nodes { get; }

    /// <summary>The node of <typeparamref name="T"/>.</summary>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a record of the model.</exception>
    public static FlexNodeSchema Of<T>()
        where T : class => Of(typeof(T));

    /// <summary>The node of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a record of the model.</exception>
    public static FlexNodeSchema Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ByType.TryGetValue(type, out var node)
            ? node
            : throw new ArgumentException(
                $"{type.Name} is not a node of LineFlex's model; FlexSchema.Nodes lists them (LineRequest, FlexBubble, FlexBox, ...).",
                nameof(type));
    }

    /// <summary>What a well-formed value of <typeparamref name="T"/> looks like, for <see cref="FlexPropertySchema.Format"/>.</summary>
    private static string Format<T>()
        where T : struct, IFlexValue => default(T).Expected;
}
