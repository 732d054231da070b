using System.Text;

namespace LineFlex;

// A small syntax tree of the C# that FlexCode writes: enough for fluent chains, lambdas, object initializers,
// collection expressions and the loops over repeated rows, rendered with one layout rule (a chain fits one line or
// puts each call on a line of its own).

/// <summary>An expression or statement of generated C#.</summary>
internal abstract record CSharpCode;

/// <summary>Text written as it is: an identifier, a number, a member access (<c>FlexAlign.End</c>).</summary>
internal sealed record Atom(string Text) : CSharpCode;

/// <summary>A string literal; <see cref="Hint"/> names a loop variable that would stand for it.</summary>
internal sealed record Str(string Value, string Hint) : CSharpCode;

/// <summary><c>Target.Name(arguments)</c>, or <c>Name(arguments)</c> without a target.</summary>
internal sealed record Invocation(CSharpCode? Target, string Name, IReadOnlyList<CSharpCode> Arguments) : CSharpCode;

/// <summary><c>name: value</c>, an argument by name.</summary>
internal sealed record NamedArgument(string Name, CSharpCode Value) : CSharpCode;

/// <summary><c>parameter =&gt; body</c>; a null body is <c>_ =&gt; { }</c>.</summary>
internal sealed record Lambda(string Parameter, CSharpCode? Body) : CSharpCode;

/// <summary><c>parameter =&gt; { statements }</c>.</summary>
internal sealed record BlockLambda(string Parameter, IReadOnlyList<CSharpCode> Statements) : CSharpCode;

/// <summary><c>new Type { Name = value, ... }</c>.</summary>
internal sealed record ObjectCreation(string Type, IReadOnlyList<(string Name, CSharpCode Value)> Members) : CSharpCode;

/// <summary><c>[a, b]</c>.</summary>
internal sealed record Collection(IReadOnlyList<CSharpCode> Items) : CSharpCode;

/// <summary><c>expression;</c>.</summary>
internal sealed record ExpressionStatement(CSharpCode Expression) : CSharpCode;

/// <summary>A data array and a <c>foreach</c> over it: the rows that differ only in their strings.</summary>
internal sealed record Loop(string Comment, string Data, IReadOnlyList<string> Variables, IReadOnlyList<IReadOnlyList<Str>> Rows, CSharpCode Body) : CSharpCode;

/// <summary>Writes a syntax tree as readable C#, four spaces a level.</summary>
internal static class CSharpRenderer
{
    private const int LineWidth = 100;

    public static string Render(CSharpCode code, int level) => code switch
    {
        Atom atom => atom.Text,
        Str str => CSharpLiterals.String(str.Value),
        NamedArgument named => named.Name + ": " + Render(named.Value, level),
        Invocation invocation => Chain(invocation, level),
        Lambda { Body: null } => "_ => { }",
        Lambda lambda => lambda.Parameter + " => " + Render(lambda.Body, level),
        BlockLambda block => Block(block, level),
        ObjectCreation creation => Creation(creation, level),
        Collection collection => List(collection, level),
        ExpressionStatement statement => Render(statement.Expression, level) + ";",
        Loop loop => LoopText(loop, level),
        _ => throw new ArgumentException($"No rendering for {code.GetType().Name}.", nameof(code)),
    };

    private static string Chain(Invocation invocation, int level)
    {
        var calls = new List<Invocation>();
        CSharpCode? head = invocation;
        while (head is Invocation { Target: not null } call && call.Target is Invocation or Atom)
        {
            calls.Add(call);
            head = call.Target;
        }

        calls.Reverse();
        var headText = head is Invocation staticCall ? Call(staticCall, level) : Render(head!, level);
        var inline = headText + string.Concat(calls.Select(c => "." + Call(c, level)));
        if (calls.Count == 0 || (!inline.Contains('\n', StringComparison.Ordinal) && inline.Length <= LineWidth && calls.Count <= 3))
        {
            return inline;
        }

        var text = new StringBuilder(headText);
        foreach (var call in calls)
        {
            text.Append('\n').Append(Indent(level + 1)).Append('.').Append(Call(call, level + 1));
        }

        return text.ToString();
    }

    private static string Call(Invocation call, int level) =>
        call.Name + "(" + string.Join(", ", call.Arguments.Select(a => Render(a, level))) + ")";

    private static string Block(BlockLambda block, int level)
    {
        var text = new StringBuilder(block.Parameter).Append(" =>\n").Append(Indent(level)).Append("{\n");
        foreach (var statement in block.Statements)
        {
            text.Append(Indent(level + 1)).Append(Render(statement, level + 1)).Append('\n');
        }

        return text.Append(Indent(level)).Append('}').ToString();
    }

    private static string Creation(ObjectCreation creation, int level)
    {
        if (creation.Members.Count == 0)
        {
            return $"new {creation.Type}()";
        }

        var text = new StringBuilder("new ").Append(creation.Type).Append('\n').Append(Indent(level)).Append("{\n");
        foreach (var (name, value) in creation.Members)
        {
            text.Append(Indent(level + 1)).Append(name).Append(" = ").Append(Render(value, level + 1)).Append(",\n");
        }

        return text.Append(Indent(level)).Append('}').ToString();
    }

    private static string List(Collection collection, int level)
    {
        var items = collection.Items.Select(i => Render(i, level + 1)).ToList();
        var inline = "[" + string.Join(", ", items) + "]";
        if (!inline.Contains('\n', StringComparison.Ordinal) && inline.Length <= LineWidth)
        {
            return inline;
        }

        var text = new StringBuilder("[\n");
        foreach (var item in items)
        {
            text.Append(Indent(level + 1)).Append(item).Append(",\n");
        }

        return text.Append(Indent(level)).Append(']').ToString();
    }

    private static string LoopText(Loop loop, int level)
    {
        var text = new StringBuilder("// ").Append(loop.Comment).Append('\n')
            .Append(Indent(level)).Append("var ").Append(loop.Data).Append(" = new[]\n")
            .Append(Indent(level)).Append("{\n");
        foreach (var row in loop.Rows)
        {
            var values = row.Select(s => CSharpLiterals.String(s.Value));
            text.Append(Indent(level + 1)).Append(row.Count == 1 ? values.Single() : "(" + string.Join(", ", values) + ")").Append(",\n");
        }

        var variables = loop.Variables.Count == 1 ? loop.Variables[0] : "(" + string.Join(", ", loop.Variables) + ")";
        return text.Append(Indent(level)).Append("};\n")
            .Append(Indent(level)).Append("foreach (var ").Append(variables).Append(" in ").Append(loop.Data).Append(")\n")
            .Append(Indent(level)).Append("{\n")
            .Append(Indent(level + 1)).Append(Render(loop.Body, level + 1)).Append('\n')
            .Append(Indent(level)).Append('}')
            .ToString();
    }

    private static string Indent(int level) => new(' ', 4 * level);
}
