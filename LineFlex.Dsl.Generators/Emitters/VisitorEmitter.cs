namespace LineFlex.Generators;

/// <summary>
/// A visitor for each polymorphic node whose <c>{Node}Visitor</c> is declared partial (<c>FlexComponentVisitor</c>):
/// <c>Visit</c> dispatches on the node's type with a <c>switch</c> and one abstract <c>Visit{Subtype}</c> per subtype,
/// so a pass written as a visitor stops compiling when a new subtype is declared until it handles it (Roslyn's
/// <c>SyntaxVisitor</c> is the model).
/// </summary>
internal static class VisitorEmitter
{
    public static string Emit(Schema schema, NodeInfo node)
    {
        var code = new CodeWriter($"The visitor of every {node.Name}: one method per subtype.");
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open($"internal abstract partial class {node.Name}Visitor<TContext>");
        const string parameter = "node";
        code.Line($"/// <summary>Calls the <c>Visit</c> method for <paramref name=\"{parameter}\"/>'s type with <paramref name=\"context\"/>.</summary>");
        code.Line($"/// <exception cref=\"System.ArgumentNullException\"><paramref name=\"{parameter}\"/> is null.</exception>");
        code.Open($"public void Visit({node.Name} {parameter}, TContext context)");
        code.Open($"switch ({parameter})");
        foreach (var subtype in schema.Subtypes(node))
        {
            code.Line($"case {subtype.Name} {Words.Identifier(Words.Camel(subtype.Name))}:");
            code.Line($"    Visit{subtype.Name}({Words.Identifier(Words.Camel(subtype.Name))}, context);");
            code.Line("    break;");
        }

        code.Line("case null:");
        code.Line($"    throw new System.ArgumentNullException(nameof({parameter}));");
        code.Line("default:");
        code.Line($"    throw new System.ArgumentException($\"{{{parameter}.GetType().Name}} is not {Words.WithArticle(node.Name)} of LineFlex's model.\", nameof({parameter}));");
        code.Close();
        code.Close();
        foreach (var subtype in schema.Subtypes(node))
        {
            code.Line();
            code.Line($"/// <summary>Visits {Words.WithArticle(subtype.WireType ?? subtype.Name)} (<see cref=\"{subtype.Name}\"/>).</summary>");
            code.Line($"protected abstract void Visit{subtype.Name}({subtype.Name} node, TContext context);");
        }

        code.Close();
        return code.ToString();
    }
}
