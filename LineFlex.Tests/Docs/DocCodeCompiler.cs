using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LineFlex.Tests.Docs;

/// <summary>
/// Compiles the C# blocks of Markdown pages against the LineFlex packages and their dependencies, as a package user's
/// project would: the SDK's implicit usings, the using directives the page shows in its blocks, the block's hidden
/// context and the block. Each problem is reported as <c>page:line: the compiler's error</c>.
/// </summary>
internal static partial class DocCodeCompiler
{
    /// <summary>What <c>dotnet new console</c> imports for every file (ImplicitUsings).</summary>
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    /// <summary>Assemblies of the repository that no package ships, so the docs cannot use them.</summary>
    private static readonly string[] NotShipped = ["LineFlex.Tests", "LineFlex.Benchmarks", "LineFlex.Gallery", "LineFlex.Samples.Notify", "LineFlex.Samples.Webhook", "lineflex", "LineFlex.Dsl.Generators"];

    /// <summary>
    /// Warnings that say nothing about an example (a variable shown but not used again, an unused local function), and
    /// those the SDK turns off in every project (CS1701, CS1702: a package built against an older dependency).
    /// </summary>
    private static readonly string[] IgnoredWarnings = ["CS0168", "CS0219", "CS8321", "CS7022", "CS1701", "CS1702"];

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp14);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => !NotShipped.Contains(Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    [GeneratedRegex(@"^\s*using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;")]
    private static partial Regex UsingDirective();

    /// <summary>Checks every C# block of one page; <paramref name="root"/> is where quoted files are found.</summary>
    public static IReadOnlyList<string> Check(string page, string markdown, string root)
    {
        var problems = new List<string>();
        var blocks = CSharpBlock.Read(page, markdown, problems);
        var pageUsings = blocks
            .Where(b => b.Kind is CSharpBlockKind.Program or CSharpBlockKind.Continues or CSharpBlockKind.Members)
            .SelectMany(b => b.Code.Split('\n'))
            .Where(line => UsingDirective().IsMatch(line))
            .Select(line => line.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var chain = new List<CSharpBlock>();
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case CSharpBlockKind.Program:
                    chain = [block];
                    problems.AddRange(Compile(chain, pageUsings));
                    break;
                case CSharpBlockKind.Continues when chain.Count == 0:
                    problems.Add($"{block.Page}:{block.Line}: the block continues no program: a 'continues' block follows a program block on its page.");
                    break;
                case CSharpBlockKind.Continues:
                    chain.Add(block);
                    problems.AddRange(Compile(chain, pageUsings));
                    break;
                case CSharpBlockKind.Members:
                    chain = [];
                    problems.AddRange(Compile([block], pageUsings));
                    break;
                case CSharpBlockKind.Quote:
                    problems.AddRange(CompareWithFile(block, root));
                    break;
                case CSharpBlockKind.Fragment:
                    break;
            }
        }

        return problems;
    }

    /// <summary>Compiles the last block of <paramref name="chain"/> with the blocks it continues; reports the last block's problems.</summary>
    private static IEnumerable<string> Compile(IReadOnlyList<CSharpBlock> chain, IReadOnlyList<string> pageUsings)
    {
        var block = chain[^1];
        var contextLines = block.Context.Split('\n');
        var hiddenImports = contextLines.Select((text, i) => (text, i)).Where(l => UsingDirective().IsMatch(l.text) && !l.text.TrimStart().StartsWith("using var", StringComparison.Ordinal)).ToList();
        foreach (var (text, i) in hiddenImports)
        {
            yield return $"{block.Page}:{block.ContextLine + i}: the hidden context imports a namespace ({text.Trim()}); show the using directive in a block of the page, so a reader sees it.";
        }

        if (hiddenImports.Count > 0)
        {
            yield break;
        }

        var source = block.Kind == CSharpBlockKind.Members ? MembersSource(block) : ProgramSource(chain);
        var tree = CSharpSyntaxTree.ParseText(source, Parse, path: block.Page + ".g.cs", encoding: Encoding.UTF8);
        var usings = CSharpSyntaxTree.ParseText(
            string.Concat(ImplicitUsings.Select(n => $"global using global::{n};\n"))
                + string.Concat(pageUsings.Select(u => "global " + u + "\n")),
            Parse,
            path: block.Page + ".usings.g.cs",
            encoding: Encoding.UTF8);
        var isProgram = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "DocBlock",
            [tree, usings],
            References.Value,
            new CSharpCompilationOptions(
                isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: IgnoredWarnings.ToDictionary(id => id, _ => ReportDiagnostic.Suppress)));
        var codeLines = block.Code.Split('\n').Length;
        foreach (var diagnostic in compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS8933" && d.Id != "CS0105"))
        {
            var span = diagnostic.Location.GetMappedLineSpan();
            var line = span.StartLinePosition.Line + 1;
            var own = span.Path == block.Page && (line >= block.Line && line < block.Line + codeLines || line >= block.ContextLine && line < block.ContextLine + contextLines.Length);
            if (chain.Count > 1 && span.Path == block.Page && !own)
            {
                continue; // an earlier block's problem, reported with that block
            }

            var where = span.Path == block.Page ? $"{block.Page}:{line}" : $"{block.Page}:{block.Line} (in the code around the block)";
            yield return $"{where}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }
    }

    /// <summary>
    /// The blocks as one program: the using directives of each first, then, block by block, the context's statements
    /// and the block's, then every type declared (C# wants types after the top-level statements). Each piece keeps
    /// its page and line with <c>#line</c>, so errors point into the page.
    /// </summary>
    private static string ProgramSource(IReadOnlyList<CSharpBlock> chain)
    {
        var pieces = chain.SelectMany(b => new[] { Pieces(b.Page, b.Context, b.ContextLine), Pieces(b.Page, b.Code, b.Line) }).ToList();
        var source = new StringBuilder();
        foreach (var (page, line, text) in pieces.SelectMany(p => p.Usings).Concat(pieces.SelectMany(p => p.Statements)).Concat(pieces.SelectMany(p => p.Declarations)))
        {
            Append(source, page, line, [text]);
        }

        return source.ToString();
    }

    private sealed record Piece(string Page, int Line, string Text);

    private sealed record CodePieces(IReadOnlyList<Piece> Usings, IReadOnlyList<Piece> Statements, IReadOnlyList<Piece> Declarations);

    /// <summary>Splits code into its using directives, its top-level statements and its declarations, each with its line in the page.</summary>
    private static CodePieces Pieces(string page, string code, int firstLine)
    {
        var root = CSharpSyntaxTree.ParseText(code, Parse).GetCompilationUnitRoot();
        Piece PieceOf(SyntaxNode node) =>
            new(page, firstLine + node.SyntaxTree.GetLineSpan(node.FullSpan).StartLinePosition.Line, node.ToFullString().TrimEnd('\n'));

        return new CodePieces(
            root.Usings.Select(PieceOf).ToList(),
            root.Members.OfType<GlobalStatementSyntax>().Select(PieceOf).ToList(),
            root.Members.Where(m => m is not GlobalStatementSyntax).Select(PieceOf).ToList());
    }

    /// <summary>The block (and its context) as the members of a class.</summary>
    private static string MembersSource(CSharpBlock block)
    {
        var source = new StringBuilder("public static partial class DocBlock\n{\n");
        if (block.Context.Trim().Length > 0)
        {
            Append(source, block.Page, block.ContextLine, block.Context.Split('\n'));
        }

        Append(source, block.Page, block.Line, block.Code.Split('\n'));
        source.Append("#line default\n}\n");
        return source.ToString();
    }

    private static void Append(StringBuilder source, string page, int line, IEnumerable<string> lines)
    {
        source.Append("#line ").Append(line).Append(" \"").Append(page).Append("\"\n");
        foreach (var text in lines)
        {
            source.Append(text).Append('\n');
        }
    }

    private static IEnumerable<string> CompareWithFile(CSharpBlock block, string root)
    {
        var path = Path.Combine(root, block.Argument);
        if (!File.Exists(path))
        {
            yield return $"{block.Page}:{block.Line}: the quoted file {block.Argument} does not exist.";
            yield break;
        }

        var file = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var quoted = block.Code.TrimEnd('\n').Split('\n');
        var differs = Enumerable.Range(0, Math.Max(file.Length, quoted.Length))
            .FirstOrDefault(i => i >= file.Length || i >= quoted.Length || file[i] != quoted[i], -1);
        if (differs >= 0)
        {
            var expected = differs < file.Length ? file[differs] : "(the end of the file)";
            yield return $"{block.Page}:{block.Line + differs}: the block differs from {block.Argument} at its line {differs + 1}: the file has '{expected.Trim()}'. Copy the file into the block again.";
        }
    }
}
