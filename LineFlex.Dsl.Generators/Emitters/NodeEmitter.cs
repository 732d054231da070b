namespace LineFlex.Generators;

/// <summary>The members a node's wire <c>type</c> gives it: the <c>Type</c> override of a component or action, or a <c>WireType</c> constant.</summary>
internal static class NodeEmitter
{
    public static string? Emit(NodeInfo node)
    {
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
}
