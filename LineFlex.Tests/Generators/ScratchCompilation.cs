using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using LineFlex.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LineFlex.Tests.Generators;

/// <summary>Compiles C# sources with <see cref="ModelGenerator"/> as the build does, and loads the result.</summary>
internal sealed class ScratchCompilation
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Preview, DocumentationMode.Diagnose);

    private static readonly string GlobalUsings = string.Join(
        "\n",
        new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading", "System.Threading.Tasks" }
            .Select(n => $"global using global::{n};"));

    private ScratchCompilation(Compilation compilation, GeneratorDriverRunResult run)
    {
        Compilation = compilation;
        Run = run;
    }

    /// <summary>The compilation with the generated sources added.</summary>
    public Compilation Compilation { get; }

    public GeneratorDriverRunResult Run { get; }

    /// <summary>Every error, the generator's and the compiler's.</summary>
    public IReadOnlyList<Diagnostic> Errors =>
        Run.Diagnostics.Concat(Compilation.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>The generated file of this name (<c>FlexJsonWriter.g.cs</c>).</summary>
    public string Generated(string hintName) =>
        Run.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>The sources of LineFlex.Dsl as they are in the repository, by path relative to the project.</summary>
    public static Dictionary<string, string> DslSources() => Sources("LineFlex.Dsl");

    /// <summary>The sources of a project of the repository (<c>LineFlex.CodeGeneration</c>) as they are, by path relative to the project.</summary>
    public static Dictionary<string, string> Sources(string projectName)
    {
        var project = Path.Combine(TestData.RepositoryRoot(), projectName);
        return Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(project, f), File.ReadAllText);
    }

    /// <summary>Compiles <paramref name="sources"/> against the runtime, Newtonsoft.Json and FluentValidation, running the generator.</summary>
    public static ScratchCompilation Compile(IReadOnlyDictionary<string, string> sources, string assemblyName = "LineFlex.Scratch")
    {
        var trees = sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Value, Parse, path: s.Key))
            .Append(CSharpSyntaxTree.ParseText(GlobalUsings, Parse, path: "GlobalUsings.g.cs"));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(Newtonsoft.Json.JsonWriter).Assembly.Location)
            .Append(typeof(FluentValidation.AbstractValidator<>).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var driver = CSharpGeneratorDriver.Create([new ModelGenerator().AsSourceGenerator()], parseOptions: Parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new ScratchCompilation(output, driver.GetRunResult());
    }

    /// <summary>Emits the compilation and loads it in a context of its own.</summary>
    public Assembly Load()
    {
        using var image = new MemoryStream();
        var emitted = Compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The scratch model does not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        image.Position = 0;
        return new AssemblyLoadContext(Compilation.AssemblyName, isCollectible: true).LoadFromStream(image);
    }

    public static ImmutableArray<string> Hints(GeneratorDriverRunResult run) =>
        run.Results.Single().GeneratedSources.Select(s => s.HintName).ToImmutableArray();
}
