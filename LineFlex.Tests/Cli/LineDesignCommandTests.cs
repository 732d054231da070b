namespace LineFlex.Tests.Cli;

/// <summary>
/// A design in LINE's dialect holds what Infobip cannot carry (a carousel, a hero, a text decoration). Every command that
/// reads a file reports it as <c>import</c> does, takes the same decisions (<c>--bubble N</c>, <c>--hero-to-body</c>), and
/// refuses with exit code 1 while one is left undecided, instead of sending or printing a design cut down in silence.
/// </summary>
public sealed class LineDesignCommandTests
{
    private const string Carousel = """
        {
          "type": "carousel",
          "contents": [
            {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": "First bubble"}]}},
            {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": "Second bubble"}]}},
            {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": "Third bubble"}]}}
          ]
        }
        """;

    private const string Hero = """
        {
          "type": "bubble",
          "hero": {"type": "image", "url": "https://example.com/parcel.png", "size": "full"},
          "body": {"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": "Your order has shipped"}]}
        }
        """;

    private const string Decoration = """
        {
          "type": "bubble",
          "body": {"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": "Was 990 THB", "decoration": "line-through"}]}
        }
        """;

    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("lineflex-design-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    /// <summary>Each command that reads a file, with what it needs besides the file; preview writes into the test's folder.</summary>
    private static IEnumerable<TestCaseData> Commands()
    {
        yield return new TestCaseData("send", new[] { "--dry-run", "--sender", "OA-1", "--to", "66855538125", "--alt-text", "Sale" }).SetArgDisplayNames("send");
        yield return new TestCaseData("format", Array.Empty<string>()).SetArgDisplayNames("format");
        yield return new TestCaseData("codegen", Array.Empty<string>()).SetArgDisplayNames("codegen");
        yield return new TestCaseData("preview", Array.Empty<string>()).SetArgDisplayNames("preview");
        yield return new TestCaseData("import", Array.Empty<string>()).SetArgDisplayNames("import");
        yield return new TestCaseData("validate", Array.Empty<string>()).SetArgDisplayNames("validate");
    }

    [TestCaseSource(nameof(Commands))]
    public void A_carousel_is_refused_naming_the_carousel_until_a_bubble_is_chosen(string command, string[] extra)
    {
        var file = Write("carousel.json", Carousel);

        var refused = Run(command, file, extra);
        var previewed = File.Exists(Path.ChangeExtension(file, ".html"));
        var chosen = Run(command, file, [.. extra, "--bubble", "1"]);

        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(1), refused.Error);
            Assert.That(refused.Output + refused.Error, Does.Contain("carousel.json(1,1): error LF802 at $: A carousel of 3 bubble(s)."));
            Assert.That(refused.Output, Does.Not.Contain("First bubble"), "nothing of the cut-down design is printed");
            Assert.That(previewed, Is.False, "no preview of the cut-down design is written");
            Assert.That(chosen.ExitCode, Is.Zero, chosen.Error);
            Assert.That(chosen.Output + chosen.Error, Does.Contain("warning LF802"));
            Assert.That(chosen.Output + chosen.Error + Html(file), command == "validate" ? Does.Contain("Valid") : Does.Contain("Second bubble"));
        });
    }

    [TestCaseSource(nameof(Commands))]
    public void A_hero_is_refused_naming_the_hero_until_it_is_moved_to_the_body(string command, string[] extra)
    {
        var file = Write("hero.json", Hero);

        var refused = Run(command, file, extra);
        var moved = Run(command, file, [.. extra, "--hero-to-body"]);

        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(1), refused.Error);
            Assert.That(refused.Output + refused.Error, Does.Contain("hero.json(3,11): error LF801 at hero:"));
            Assert.That(refused.Output, Does.Not.Contain("Your order has shipped"));
            Assert.That(moved.ExitCode, Is.Zero, moved.Error);
            Assert.That(moved.Output + moved.Error, Does.Contain("warning LF801"));
            Assert.That(moved.Output + moved.Error + Html(file), command == "validate" ? Does.Contain("Valid") : Does.Contain("parcel.png"));
        });
    }

    [TestCaseSource(nameof(Commands))]
    public void A_text_decoration_left_out_is_reported_as_a_warning(string command, string[] extra)
    {
        var file = Write("decoration.json", Decoration);

        var run = Run(command, file, extra);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output + run.Error, Does.Contain("decoration.json(3,129): warning LF805 at body.contents[0].decoration:"));
        });
    }

    [TestCase("--bubble", "1")]
    [TestCase("--hero-to-body")]
    public void A_decision_for_LINE_s_dialect_on_an_Infobip_file_is_a_usage_error(params string[] decision)
    {
        var file = Write("bubble.json", FlexJson.Serialize(Flex.Bubble().Body(b => b.Text("Hi")).Build()));

        var run = Run("format", file, decision);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.Error);
            Assert.That(run.Error, Does.Contain($"{decision[0]} is for a file in LINE's dialect"));
            Assert.That(run.Output, Is.Empty);
        });
    }

    [Test]
    public void A_bubble_index_that_is_not_a_number_is_a_usage_error_in_plain_words()
    {
        var run = Run("import", Write("carousel.json", Carousel), ["--bubble", "second"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("--bubble must be a whole number, 0 or more, but was 'second'"));
            Assert.That(run.Error, Does.Not.Contain("System.").And.Not.Contain("Int32"));
        });
    }

    private static (int ExitCode, string Output, string Error) Run(string command, string file, string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = LineFlex.Cli.CliApp.Run([command, file, .. extra], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string Html(string file) => File.Exists(Path.ChangeExtension(file, ".html")) ? File.ReadAllText(Path.ChangeExtension(file, ".html")) : string.Empty;

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, json);
        return path;
    }
}
