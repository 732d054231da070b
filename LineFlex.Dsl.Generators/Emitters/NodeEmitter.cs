namespace LineFlex.Generators;

/// <summary>
/// The members a node's wire <c>type</c> gives it: the <c>Type</c> override of a component or action, or a <c>WireType</c>
/// constant; and a polymorphic node's constructor, which only the model's own records can call.
/// </summary>
internal static class NodeEmitter
{
    public static string? Emit(NodeInfo node)
    {
        if (node.IsAbstract)
        {
            return EmitPolymorphic(node);
        }

        if (node.WireType is null)
        {
            return null;
        }

        var code = new CodeWriter($"The wire type of {node.Name}.");
        code.Line($"namespace {node.Namespace};").Line();
        code.Open($"partial record {node.Name}");
        if (node.WireTypeEnum is not null && node.WireTypeProperty is not null)
        {
            code.Line("/// <inheritdoc/>");
            code.Line($"public override {node.WireTypeEnum} {node.WireTypeProperty} => {node.WireTypeEnum}.{node.WireTypeMember};");
        }
        else
        {
            code.Line($"/// <summary>The wire <c>type</c> of this object: always <c>{node.WireType}</c>.</summary>");
            code.Line($"public const string WireType = \"{node.WireType}\";");
        }

        code.Close();
        return code.ToString();
    }

    /// <summary>
    /// The constructor of a polymorphic node (<c>FlexComponent</c>): private protected, so only records of the model
    /// derive from it and the generated switches over its subtypes (the writer, the reader, the visitors) cover them all.
    /// </summary>
    private static string EmitPolymorphic(NodeInfo node)
    {
        var code = new CodeWriter($"The constructor of {node.Name}, a polymorphic node.");
        code.Line($"namespace {node.Namespace};").Line();
        code.Open($"partial record {node.Name}");
        code.Open($"private protected {node.Name}()");
        code.Close();
        code.Close();
        return code.ToString();
    }
}
