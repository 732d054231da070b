using System.Text.RegularExpressions;

namespace LineFlex.Tests.Docs;

/// <summary>How a C# block of the docs is checked; its marker comment says which (see CONTRIBUTING.md).</summary>
internal enum CSharpBlockKind
{
    /// <summary>A program, as a user would paste it into <c>Program.cs</c>: top-level statements, using directives, types. The default.</summary>
    Program,

    /// <summary>A program that goes on from the block before it on the page: compiled with it (and with what that one continues).</summary>
    Continues,

    /// <summary>Members of a class (<c>public static</c> methods, say), compiled inside one.</summary>
    Members,

    /// <summary>Deliberately not C# on its own (a declaration with "..." in it); not compiled, but the marker must say why.</summary>
    Fragment,

    /// <summary>A copy of a file of the repository, compiled by its own project; checked to be equal to the file.</summary>
    Quote,
}

/// <summary>
/// One <c>```csharp</c> block of a Markdown page, with what the marker comment on the line before it says:
/// <c>&lt;!-- csharp: members --&gt;</c>, <c>&lt;!-- csharp: continues --&gt;</c>, <c>&lt;!-- csharp: fragment: why --&gt;</c>,
/// <c>&lt;!-- csharp: quote path --&gt;</c>, or <c>&lt;!-- csharp: program</c> (or <c>continues</c>, <c>members</c>) with hidden
/// context lines up to <c>--&gt;</c>.
/// </summary>
/// <param name="Page">The page's path relative to the repository, with <c>/</c>.</param>
/// <param name="Line">The 1-based line of the block's first line of code.</param>
/// <param name="Code">The code, without the fence's indentation.</param>
/// <param name="Kind">How it is checked.</param>
/// <param name="Argument">A fragment's reason, or a quote's file.</param>
/// <param name="Context">The hidden lines the block needs before it (variables, types); empty when none.</param>
/// <param name="ContextLine">The 1-based line of the context's first line.</param>
internal sealed partial record CSharpBlock(string Page, int Line, string Code, CSharpBlockKind Kind, string Argument, string Context, int ContextLine)
{
    [GeneratedRegex(@"^(\s*)(`{3,})\s*([^\s`]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^<!--\s*csharp\b:?\s*(.*?)\s*(-->)?\s*$")]
    private static partial Regex Marker();

    private static readonly string[] Languages = ["csharp", "cs", "c#"];

    /// <summary>The C# blocks of a page; a marker that is malformed or stands before no block goes to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<CSharpBlock> Read(string page, string markdown, ICollection<string> problems)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<CSharpBlock>();
        (int Line, string Header, List<string> Context, bool Closed)? marker = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (marker is { Closed: false } open)
            {
                if (trimmed == "-->")
                {
                    marker = open with { Closed = true };
                }
                else
                {
                    open.Context.Add(lines[i]);
                }

                continue;
            }

            if (Marker().Match(trimmed) is { Success: true } found)
            {
                if (marker is { } unused)
                {
                    problems.Add($"{page}:{unused.Line}: the csharp marker stands before no ```csharp block; put it right before the fence.");
                }

                marker = (i + 1, found.Groups[1].Value, [], found.Groups[2].Success);
                continue;
            }

            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                if (marker is { } stray && trimmed.Length > 0)
                {
                    problems.Add($"{page}:{stray.Line}: the csharp marker stands before no ```csharp block; put it right before the fence.");
                    marker = null;
                }

                continue;
            }

            var indent = fence.Groups[1].Value.Length;
            var ticks = fence.Groups[2].Value.Length;
            var language = fence.Groups[3].Value;
            var end = i + 1;
            while (end < lines.Length && !IsClosingFence(lines[end], ticks))
            {
                end++;
            }

            if (Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
            {
                var code = string.Join("\n", lines[(i + 1)..end].Select(l => l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart()));
                blocks.Add(Describe(page, i + 2, code, marker, problems));
            }
            else if (marker is { } misplaced)
            {
                problems.Add($"{page}:{misplaced.Line}: the csharp marker stands before a ```{language} block, not a ```csharp one.");
            }

            marker = null;
            i = end;
        }

        if (marker is { } last)
        {
            problems.Add($"{page}:{last.Line}: the csharp marker " + (last.Closed ? "stands before no ```csharp block." : "is not closed with a line '-->'."));
        }

        return blocks;
    }

    private static bool IsClosingFence(string line, int ticks)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= ticks && trimmed.All(c => c == '`');
    }

    private static CSharpBlock Describe(string page, int line, string code, (int Line, string Header, List<string> Context, bool Closed)? marker, ICollection<string> problems)
    {
        if (marker is not { } m)
        {
            return new CSharpBlock(page, line, code, CSharpBlockKind.Program, string.Empty, string.Empty, 0);
        }

        var separator = m.Header.IndexOfAny([' ', ':']);
        var word = separator < 0 ? m.Header : m.Header[..separator];
        var argument = separator < 0 ? string.Empty : m.Header[(separator + 1)..].Trim();
        var context = string.Join("\n", m.Context);
        CSharpBlockKind? kind = word switch
        {
            "" or "program" => CSharpBlockKind.Program,
            "continues" => CSharpBlockKind.Continues,
            "members" => CSharpBlockKind.Members,
            "fragment" => CSharpBlockKind.Fragment,
            "quote" => CSharpBlockKind.Quote,
            _ => null,
        };
        if (kind is not { } known)
        {
            problems.Add($"{page}:{m.Line}: unknown csharp marker '{word}'; say program, continues, members, fragment: <why> or quote <file>.");
            return new CSharpBlock(page, line, code, CSharpBlockKind.Fragment, word, context, m.Line + 1);
        }

        if (known is CSharpBlockKind.Fragment or CSharpBlockKind.Quote && argument.Length == 0)
        {
            problems.Add($"{page}:{m.Line}: " + (known == CSharpBlockKind.Fragment
                ? "a csharp fragment says why it is one: <!-- csharp: fragment: <why it cannot compile on its own> -->."
                : "a csharp quote names its file: <!-- csharp: quote <path from the repository's root> -->."));
        }

        if (known is CSharpBlockKind.Fragment or CSharpBlockKind.Quote && context.Trim().Length > 0)
        {
            problems.Add($"{page}:{m.Line}: a csharp {word} takes no context lines; only program, continues and members blocks are compiled.");
        }

        return new CSharpBlock(page, line, code, known, argument, context, m.Line + 1);
    }
}
