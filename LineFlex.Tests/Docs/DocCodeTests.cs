namespace LineFlex.Tests.Docs;

/// <summary>
/// Every C# block of README.md, the other pages at the root, docs/ and the packages' PACKAGE.md compiles against the
/// packages, with the context kept beside it in the page (see CONTRIBUTING.md, "Code in the docs").
/// </summary>
public class DocCodeTests
{
    private static IEnumerable<string> Pages()
    {
        var root = TestData.RepositoryRoot();
        return Directory.GetFiles(root, "*.md")
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"))
            .Concat(Directory.GetDirectories(root).Select(d => Path.Combine(d, "PACKAGE.md")).Where(File.Exists))
            .Select(page => Path.GetRelativePath(root, page).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    private static IReadOnlyList<string> Check(string page, string markdown) =>
        DocCodeCompiler.Check(page, markdown, TestData.RepositoryRoot());

    [Test]
    public void Every_csharp_block_of_the_docs_compiles()
    {
        var root = TestData.RepositoryRoot();
        var problems = Pages().AsParallel().AsOrdered().SelectMany(page => Check(page, File.ReadAllText(Path.Combine(root, page)))).ToList();

        Assert.That(problems, Is.Empty, () => string.Join("\n", problems));
    }

    [Test]
    public void The_docs_have_csharp_blocks_and_the_packages_readmes_are_among_the_pages()
    {
        var root = TestData.RepositoryRoot();
        var blocks = Pages().Sum(page => CSharpBlock.Read(page, File.ReadAllText(Path.Combine(root, page)), []).Count);

        Assert.Multiple(() =>
        {
            Assert.That(blocks, Is.GreaterThan(50));
            Assert.That(Pages(), Does.Contain("LineFlex.Transport/PACKAGE.md").And.Contain("README.md").And.Contain("docs/transport.md"));
        });
    }

    [Test]
    public void A_block_that_does_not_compile_is_reported_with_its_page_line_and_the_compiler_error()
    {
        const string page = "# Broken\n\nSome text.\n\n```csharp\nusing LineFlex;\n\nFlexBubble bubble = Flex.Bubble().Bodyy(b => b.Text(\"Hi\")).Build();\n```\n";

        var problems = Check("docs/broken.md", page);

        Assert.That(problems, Has.Exactly(1).StartsWith("docs/broken.md:8: error CS1061: ").And.Contains("'Bodyy'"));
    }

    [Test]
    public void A_variable_declared_twice_is_reported()
    {
        const string page = "```csharp\nvar message = 1;\nvar message = 2;\n```\n";

        Assert.That(Check("twice.md", page), Has.Some.StartsWith("twice.md:3: error CS0128: "));
    }

    [Test]
    public void The_hidden_context_before_a_block_declares_what_it_needs()
    {
        const string block = "```csharp\nstring json = FlexJson.Serialize(request);\n```\n";
        const string withContext = "```csharp\nusing LineFlex;\n```\n\n<!-- csharp: program\nLineRequest request = Flex.Request().Build();\n-->\n" + block;

        Assert.Multiple(() =>
        {
            Assert.That(Check("page.md", withContext), Is.Empty);
            Assert.That(Check("page.md", "```csharp\nusing LineFlex;\n```\n\n" + block), Has.Exactly(1).StartsWith("page.md:6: error CS0103: ").And.Contains("'request'"));
        });
    }

    [Test]
    public void An_error_in_the_hidden_context_is_reported_at_its_line_in_the_page()
    {
        const string page = "```csharp\nusing LineFlex;\n```\n\n<!-- csharp: program\nint count = 1;\nLineRequest request = Flex.Requestt();\n-->\n```csharp\nConsole.WriteLine(request);\n```\n";

        Assert.That(Check("page.md", page), Has.Exactly(1).StartsWith("page.md:7: error CS0117: "));
    }

    [Test]
    public void Types_in_the_hidden_context_follow_the_blocks_statements()
    {
        const string page = "```csharp\nusing LineFlex;\n```\n\n<!-- csharp: program\nvar order = new Order(\"42\");\nrecord Order(string Number);\n-->\n```csharp\nConsole.WriteLine(order.Number);\n```\n";

        Assert.That(Check("page.md", page), Is.Empty);
    }

    [Test]
    public void A_continuing_block_is_compiled_with_the_blocks_before_it()
    {
        const string first = "```csharp\nusing LineFlex;\n\nLineRequest request = Flex.Request().Build();\n```\n\nThen:\n\n";
        const string next = "<!-- csharp: continues -->\n```csharp\nstring json = FlexJson.Serialize(request);\n```\n";
        const string twice = "<!-- csharp: continues -->\n```csharp\nstring json = FlexJson.Serialize(request);\nvar request = 1;\n```\n";

        Assert.Multiple(() =>
        {
            Assert.That(Check("page.md", first + next), Is.Empty);
            Assert.That(Check("page.md", first + twice), Has.Exactly(1).StartsWith("page.md:12: error CS0128: "));
            Assert.That(Check("page.md", next), Has.Exactly(1).StartsWith("page.md:3: the block continues no program"));
        });
    }

    [Test]
    public void The_page_names_the_namespaces_not_the_hidden_context()
    {
        const string page = "<!-- csharp: program\nusing LineFlex.Sandbox;\n-->\n```csharp\nawait using var sandbox = await SandboxServer.StartAsync();\n```\n";
        const string shown = "```csharp\nusing LineFlex.Sandbox;\n```\n\nLater:\n\n```csharp\nawait using var sandbox = await SandboxServer.StartAsync();\n```\n";

        Assert.Multiple(() =>
        {
            Assert.That(Check("page.md", page), Has.Exactly(1).StartsWith("page.md:2: the hidden context imports a namespace (using LineFlex.Sandbox;)"));
            Assert.That(Check("page.md", shown), Is.Empty);
        });
    }

    [Test]
    public void Members_are_compiled_inside_a_class_and_a_program_block_may_not_hold_them()
    {
        const string members = "```csharp\nusing LineFlex;\n```\n\n<!-- csharp: members -->\n```csharp\npublic static FlexBox Row(string text) => Flex.Box(BoxLayout.Horizontal, row => row.Text(text));\n```\n";

        Assert.Multiple(() =>
        {
            Assert.That(Check("page.md", members), Is.Empty);
            Assert.That(Check("page.md", members.Replace("<!-- csharp: members -->\n", string.Empty, StringComparison.Ordinal)), Has.Some.StartsWith("page.md:6: error CS0106: "));
        });
    }

    [Test]
    public void A_fragment_is_not_compiled_but_says_why()
    {
        const string block = "```csharp\npublic sealed record FlexBox { ... }\n```\n";

        Assert.Multiple(() =>
        {
            Assert.That(Check("page.md", "<!-- csharp: fragment: the shape of a declaration -->\n" + block), Is.Empty);
            Assert.That(Check("page.md", "<!-- csharp: fragment -->\n" + block), Has.Exactly(1).StartsWith("page.md:1: a csharp fragment says why"));
        });
    }

    [Test]
    public void A_marker_that_is_unknown_or_before_no_block_is_reported()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Check("page.md", "<!-- csharp: snippet -->\n```csharp\nint x = 1;\n```\n"), Has.Exactly(1).StartsWith("page.md:1: unknown csharp marker 'snippet'"));
            Assert.That(Check("page.md", "<!-- csharp: members -->\nSome text.\n\n```csharp\nint x = 1;\n```\n"), Has.Exactly(1).StartsWith("page.md:1: the csharp marker stands before no ```csharp block"));
            Assert.That(Check("page.md", "<!-- csharp: program\nint x = 1;\n"), Has.Exactly(1).StartsWith("page.md:1: the csharp marker is not closed"));
        });
    }

    [Test]
    public void A_quoted_block_must_equal_its_file()
    {
        var file = "samples/LineFlex.Samples.Webhook/Program.cs";
        var text = File.ReadAllText(Path.Combine(TestData.RepositoryRoot(), file)).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var lines = text.Split('\n');
        var changed = string.Join("\n", lines.Take(2).Append("// an extra line").Concat(lines.Skip(2)));

        Assert.Multiple(() =>
        {
            Assert.That(Check("page.md", $"<!-- csharp: quote {file} -->\n```csharp\n{text}\n```\n"), Is.Empty);
            Assert.That(Check("page.md", $"<!-- csharp: quote {file} -->\n```csharp\n{changed}\n```\n"), Has.Exactly(1).StartsWith($"page.md:5: the block differs from {file} at its line 3"));
            Assert.That(Check("page.md", "<!-- csharp: quote samples/None.cs -->\n```csharp\nint x = 1;\n```\n"), Has.Exactly(1).Contains("samples/None.cs does not exist"));
        });
    }
}
