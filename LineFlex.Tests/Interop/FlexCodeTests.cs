using System.Reflection;
using System.Runtime.Loader;
using CsCheck;
using LineFlex.Tests.Properties;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LineFlex.Tests.Interop;

/// <summary>Generated builder code is proven by compiling it with Roslyn, running it, and comparing the tree it builds with the input.</summary>
[TestFixture]
public sealed class FlexCodeTests
{
    private const string Seed = "0N0XIzNsQ0O2";

    [Test]
    public void Every_snapshot_of_the_test_suite_generates_code_that_builds_an_equal_tree()
    {
        var snapshots = Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Json", "__snapshots__"), "*.snap")
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Node: ReadAnyNode(File.ReadAllText(f))))
            .ToList();
        Assume.That(snapshots, Has.Count.GreaterThan(5), "The snapshot files are copied next to the tests.");

        var files = snapshots.Select((s, i) => FlexCode.Generate(s.Node, new FlexCodeOptions { MethodName = "Snapshot" + i })).ToList();
        var templates = Compile(files).GetType("FlexTemplates")!;

        Assert.Multiple(() =>
        {
            for (var i = 0; i < snapshots.Count; i++)
            {
                var built = templates.GetMethod("Snapshot" + i)!.Invoke(null, null);
                Assert.That(built, Is.EqualTo(snapshots[i].Node), $"{snapshots[i].Name}:\n{files[i]}");
            }
        });
    }

    [Test]
    public void Every_gallery_template_sample_generates_code_that_builds_an_equal_message()
    {
        var messages = LineFlex.Testing.FlexTemplateCase.All(typeof(LineFlex.Gallery.Brand).Assembly)
            .Select(sample => (Name: sample.ToString(), Message: sample.Build()))
            .ToList();
        Assume.That(messages, Has.Count.GreaterThanOrEqualTo(30));

        var files = messages.Select((m, i) => FlexCode.Generate(m.Message, new FlexCodeOptions { MethodName = "Sample" + i })).ToList();
        var templates = Compile(files).GetType("FlexTemplates")!;

        Assert.Multiple(() =>
        {
            for (var i = 0; i < messages.Count; i++)
            {
                var built = templates.GetMethod("Sample" + i)!.Invoke(null, null);
                Assert.That(built, Is.EqualTo(messages[i].Message), $"{messages[i].Name}:\n{files[i]}");
            }
        });
    }

    [Test]
    public void Random_requests_generate_code_that_builds_equal_trees() => RandomTreesRoundTrip(ModelGens.Requests(ModelGenOptions.WellTyped), 40);

    [Test]
    public void Random_bubbles_generate_code_that_builds_equal_trees() => RandomTreesRoundTrip(ModelGens.Bubbles(ModelGenOptions.WellTyped), 60);

    [Test]
    public void Random_components_generate_code_that_builds_equal_trees() => RandomTreesRoundTrip(ModelGens.Components(ModelGenOptions.WellTyped), 60);

    [Test]
    public void Trees_with_nulls_in_lists_and_undefined_enums_still_generate_code_that_builds_equal_trees() =>
        RandomTreesRoundTrip(ModelGens.Bubbles(ModelGenOptions.Hostile), 40);

    [Test]
    public void A_simulator_design_generates_the_fluent_chain_a_person_would_write()
    {
        var bubble = LineDialect.Import(File.ReadAllText(TestData.SamplePath(Path.Combine("Line", "simulator-receipt.json")))).Bubble;

        var code = FlexCode.Generate(bubble);

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.StartWith("Flex.Bubble()\n    .Size(BubbleSize.Mega)\n    .Direction(BubbleDirection.LeftToRight)\n    .Header(BoxLayout.Horizontal, header => header"));
            Assert.That(code, Does.Contain(".Text(\"RECEIPT\", t => t.Size(\"sm\").Color(\"#1DB446\").Bold())"));
            Assert.That(code, Does.Contain(".Baseline(line => line"));
            Assert.That(code, Does.Contain(".Span(\"$7.31\", s => s.Bold().Italic().LineThrough())"));
            Assert.That(code, Does.Contain(".Button(Flex.Uri(\"Track\", \"https://example.com/track\", \"https://example.com/track?desktop\"), b => b.Height(ButtonHeight.Small).Style(ButtonStyle.Primary))"));
            Assert.That(code, Does.Contain(".Style(s => s.Footer(separator: true, separatorColor: \"#EEEEEE\"))"));
            Assert.That(code, Does.EndWith("\n    .Build()"));
            Assert.That(Run(code), Is.EqualTo(bubble));
        });
    }

    [Test]
    public void Repeated_rows_become_a_loop_over_their_data()
    {
        var receipt = Flex.Bubble().Body(body => body
            .Text("Items", t => t.Bold())
            .Horizontal(row => row.Text("Coffee").Text("$3.00", t => t.Align(FlexAlign.End)))
            .Horizontal(row => row.Text("Tea").Text("$2.50", t => t.Align(FlexAlign.End)))
            .Horizontal(row => row.Text("Cake \"special\"").Text("$4.00", t => t.Align(FlexAlign.End)))
            .Separator()).Build();

        var code = FlexCode.Generate(receipt);

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Contain("// One entry per row: replace these with your data."));
            Assert.That(code, Does.Contain("(\"Cake \\\"special\\\"\", \"$4.00\"),"));
            Assert.That(code, Does.Contain("foreach (var (text, text2) in rows)"));
            Assert.That(code, Does.Contain("body.Horizontal(row => row.Text(text).Text(text2, t => t.Align(FlexAlign.End)));"));
            Assert.That(Run(code), Is.EqualTo(receipt));
            Assert.That(FlexCode.Generate(receipt, new FlexCodeOptions { Loops = false }), Does.Not.Contain("foreach"));
        });
    }

    [Test]
    public void Strings_are_escaped_so_the_code_compiles_to_the_same_text()
    {
        const string Tricky = "\"quoted\" back\\slash\nline\ttab\0nul {braces} {{0}} \u202Eevil\u202C 😀 ขอบคุณ \u2028";
        var text = Flex.Text(Tricky);

        var code = FlexCode.Generate(text);

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Contain("\\u202E").And.Contain("\\u2028").And.Contain("😀").And.Contain("ขอบคุณ"));
            Assert.That(Run(code), Is.EqualTo(text));
        });
    }

    [Test]
    public void A_malformed_value_uses_the_raw_escape_hatch()
    {
        var text = Flex.Text("x", t => t.Size(FlexSize.Raw("huge")).Color(FlexColor.Raw("red")));

        var code = FlexCode.Generate(text);

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Contain("FlexSize.Raw(\"huge\")").And.Contain("FlexColor.Raw(\"red\")"));
            Assert.That(Run(code), Is.EqualTo(text));
        });
    }

    [Test]
    public void A_node_the_builder_cannot_make_exactly_is_written_as_an_object_initializer()
    {
        var box = new FlexBox { Layout = BoxLayout.Vertical, Flex = -1 };

        var code = FlexCode.Generate(box);

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.StartWith("new FlexBox\n{\n    Layout = BoxLayout.Vertical,\n    Flex = -1,\n}"));
            Assert.That(Run(code), Is.EqualTo(box));
        });
    }

    [Test]
    public void A_method_name_gives_a_file_with_a_static_template_method()
    {
        var file = FlexCode.Generate(Flex.Bubble().Body(b => b.Text("Hi")).Build(), new FlexCodeOptions { MethodName = "OrderShipped" });

        Assert.Multiple(() =>
        {
            Assert.That(file, Does.StartWith("using LineFlex;\n\npublic static partial class FlexTemplates\n{"));
            Assert.That(file, Does.Contain("    public static FlexBubble OrderShipped() =>\n        Flex.Bubble().Body(body => body.Text(\"Hi\")).Build();\n"));
            Assert.That(Compile([file]).GetType("FlexTemplates")!.GetMethod("OrderShipped"), Is.Not.Null);
        });
    }

    [Test]
    public void A_method_name_that_is_not_an_identifier_is_refused()
    {
        Assert.That(
            () => FlexCode.Generate(Flex.Bubble().Build(), new FlexCodeOptions { MethodName = "Order shipped" }),
            Throws.ArgumentException.With.Message.Contains("not a C# identifier"));
    }

    private static void RandomTreesRoundTrip<T>(Gen<T> gen, int count)
        where T : class
    {
        var trees = gen.Array[count].Single(_ => true, Seed);
        var expressions = trees.Select(t => FlexCode.Generate(t)).ToList();
        var generated = Compile([Class(expressions)]).GetType("Generated")!;

        Assert.Multiple(() =>
        {
            for (var i = 0; i < trees.Length; i++)
            {
                var built = generated.GetMethod("Case" + i)!.Invoke(null, null);
                var index = i;
                Assert.That(built, Is.EqualTo(trees[i]), () => $"Case {index}:\n{expressions[index]}\nexpected:\n{trees[index]}");
            }
        });
    }

    /// <summary>Compiles one expression and runs it.</summary>
    private static object? Run(string expression) =>
        Compile([Class([expression])]).GetType("Generated")!.GetMethod("Case0")!.Invoke(null, null);

    private static string Class(IEnumerable<string> expressions) =>
        "using System;\nusing LineFlex;\n\npublic static class Generated\n{\n"
        + string.Concat(expressions.Select((e, i) => $"    public static object Case{i}() =>\n        {e};\n\n"))
        + "}\n";

    /// <summary>Compiles the sources against LineFlex.Dsl with the build's warnings as errors, and loads the result.</summary>
    internal static Assembly Compile(IEnumerable<string> sources)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(Flex).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Generated" + Guid.NewGuid().ToString("N"),
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.CSharp14))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.That(problems, Is.Empty, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(20)) + "\n" + string.Join("\n", compilation.SyntaxTrees.Take(1)));
        image.Position = 0;
        return new AssemblyLoadContext("Generated", isCollectible: true).LoadFromStream(image);
    }

    private static object ReadAnyNode(string json)
    {
        var token = TestData.ParseToken(json.TrimStart('\uFEFF'));
        return (string?)token["type"] switch
        {
            _ when token["messages"] is not null => FlexJson.Deserialize<LineRequest>(json),
            "BUBBLE" => FlexJson.Deserialize<FlexBubble>(json),
            "URI" or "POSTBACK" => FlexJson.Deserialize<FlexAction>(json),
            _ => FlexJson.Deserialize<FlexComponent>(json),
        };
    }
}
