namespace LineFlex;

/// <summary>
/// Gives a node the properties an interface of the model declares (<c>IHasPosition.Node</c>: <c>position</c> and the
/// four offsets), written on the wire after the node's property <see cref="After"/>, in the interface's order. The
/// interface declares each once, with its documentation and its storage (<c>[Shared]</c>); the generator writes them
/// into every node that names it. A node whose wire order of them differs declares them itself instead.
/// </summary>
/// <remarks>See docs/architecture.md ("One declaration per property").</remarks>
/// <param name="declaredBy">The interface whose properties the node has.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class PropertiesOfAttribute(Type declaredBy) : Attribute
{
    /// <summary>The interface whose properties the node has.</summary>
    public Type DeclaredBy { get; } = declaredBy;

    /// <summary>The node's own property they follow on the wire (<c>nameof(Margin)</c>).</summary>
    public string? After { get; set; }
}
