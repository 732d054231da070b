namespace LineFlex.Generators;

/// <summary>
/// A visitor for each polymorphic node whose <c>{Node}Visitor</c> is declared partial (<c>FlexComponentVisitor</c>):
/// <c>Visit</c> dispatches on the node's type with a <c>switch</c> and one abstract <c>Visit{Subtype}</c> per subtype,
/// so a pass written as a visitor stops compiling when a new subtype is declared until it handles it (Roslyn's
/// <c>SyntaxVisitor</c> is the model); and, for one whose <c>{Node}Validators</c> is declared partial, the validator
/// dispatch (<see cref="EmitChecks"/>).
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

    /// <summary>
    /// The validator dispatch of a polymorphic node whose <c>{Node}Validators</c> is declared partial
    /// (<c>ComponentValidators</c> for <c>FlexComponent</c>): <c>Check</c> hands each subtype to the static <c>Check</c>
    /// of its validator, named for the subtype without its <c>Flex</c> prefix (<c>FlexBox</c>: <c>BoxValidator</c>), with a
    /// <c>switch</c> rather than a virtual call, so a new subtype stops compiling until it has a validator.
    /// </summary>
    public static string EmitChecks(Schema schema, NodeInfo node)
    {
        var code = new CodeWriter($"The validator dispatch of every {node.Name}: one validator per subtype.");
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open($"internal static partial class {ValidatorsName(node)}");
        var subtypes = schema.Subtypes(node).ToList();
        code.Line("/// <summary>The types <see cref=\"Check{T}\"/> knows; a test compares them with every concrete type.</summary>");
        code.Line($"public static System.Collections.Generic.IReadOnlyList<System.Type> Covered {{ get; }} = [{string.Join(", ", subtypes.Select(s => $"typeof({s.Name})"))}];");
        code.Line();
        code.Line("/// <summary>Checks a node where it stands (the node of <paramref name=\"c\"/>) with the checks of its type.</summary>");
        code.Open($"public static void Check<T>({node.Name} node, NodeChecks<T> c)");
        code.Open("switch (node)");
        foreach (var subtype in subtypes)
        {
            var local = Words.Identifier(Words.Camel(subtype.Name));
            code.Line($"case {subtype.Name} {local}:");
            code.Line($"    {ValidatorName(subtype)}.Check({local}, c);");
            code.Line("    break;");
        }

        code.Close();
        code.Close();
        code.Close();
        return code.ToString();
    }

    /// <summary>The partial class that asks for <see cref="EmitChecks"/>: <c>ComponentValidators</c> for <c>FlexComponent</c>.</summary>
    public static string ValidatorsName(NodeInfo node) => Unprefixed(node.Name) + "Validators";

    private static string ValidatorName(NodeInfo subtype) => Unprefixed(subtype.Name) + "Validator";

    private static string Unprefixed(string name) => name.StartsWith("Flex", StringComparison.Ordinal) ? name.Substring(4) : name;
}
