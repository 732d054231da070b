using LineFlex.Cli;
using LineFlex.Cli.Commands;
using LineFlex.Cli.Demo;

namespace LineFlex.Tests.Cli;

/// <summary><c>lineflex preview</c>: any JSON file the commands read (Infobip's dialect or LINE's) becomes an HTML preview next to it.</summary>
public class PreviewCommandTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("lineflex-preview-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = LineFlex.Cli.CliApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private string Write(string name, object node)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, FlexJson.Serialize(node, indented: true));
        return path;
    }

    [Test]
    public void A_request_file_is_previewed_next_to_it_and_the_path_is_printed()
    {
        var input = Write("seed.json", PurchaseComplete.Request());

        var (exitCode, output, error) = Run("preview", input);

        var html = Path.Combine(_folder.FullName, "seed.html");
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Is.EqualTo($"Wrote {html}.{Environment.NewLine}"));
            Assert.That(File.ReadAllText(html), Does.Contain("data-path=\"messages[0].content.contents\""));
        });
    }

    [Test]
    public void No_images_draws_placeholders_and_leaves_no_image_source()
    {
        var input = Write("seed.json", PurchaseComplete.Request());

        var (exitCode, _, error) = Run("preview", input, "--no-images");

        var html = File.ReadAllText(Path.ChangeExtension(input, ".html"));
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(html, Does.Not.Contain("<img").And.Not.Contain("src=\"https://example.com/logo\""));
            Assert.That(html, Does.Contain("class=\"lf-img lf-placeholder\"").And.Contain("img-src 'none'"));
        });
    }

    [Test]
    public void Without_no_images_the_images_load()
    {
        var input = Write("seed.json", PurchaseComplete.Request());

        Run("preview", input);

        Assert.That(File.ReadAllText(Path.ChangeExtension(input, ".html")), Does.Contain("src=\"https://example.com/logo\""));
    }

    [Test]
    public void A_bubble_in_LINE_s_own_dialect_is_imported_and_previewed_saying_what_the_file_is()
    {
        var input = Path.Combine(_folder.FullName, "simulator.json");
        File.WriteAllText(input, """{"type":"bubble","body":{"type":"box","layout":"vertical","contents":[{"type":"text","text":"Hello from the Simulator","weight":"bold"}]}}""");

        var (exitCode, _, error) = Run("preview", input);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(error, Does.Contain("simulator.json is a LINE bubble"));
            Assert.That(File.ReadAllText(Path.ChangeExtension(input, ".html")), Does.Contain("Hello from the Simulator"));
        });
    }

    [Test]
    public void A_message_file_is_previewed_as_a_message()
    {
        var input = Write("message.json", PurchaseComplete.Request().Messages![0]);

        var (exitCode, _, error) = Run("preview", input);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(File.ReadAllText(Path.ChangeExtension(input, ".html")), Does.Contain("data-path=\"content.contents\"").And.Contain("class=\"lf-alttext\""));
        });
    }

    [Test]
    public void A_bubble_file_is_previewed_as_a_bubble_where_o_says()
    {
        var input = Write("bubble.json", PurchaseComplete.Bubble());
        var target = Path.Combine(_folder.FullName, "out", "..", "bubble-preview.html");

        var (exitCode, _, error) = Run("preview", input, "-o", target);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(File.ReadAllText(target), Does.Contain("<div class=\"lf-bubble lf-mega\" dir=\"ltr\" data-path=\"$\">"));
        });
    }

    [Test]
    public void An_invalid_file_still_renders_and_says_how_many_errors_it_marks()
    {
        var input = Write("invalid.json", new FlexBubble { Body = new FlexBox { Contents = ValueList<FlexComponent>.Empty } });

        var (exitCode, output, _) = Run("preview", input);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Does.EndWith($"(1 error(s) marked in it).{Environment.NewLine}"));
            Assert.That(File.ReadAllText(Path.ChangeExtension(input, ".html")), Does.Contain("<code>body.layout</code>"));
        });
    }

    [Test]
    public void A_file_that_does_not_parse_gets_the_parsers_line_and_position()
    {
        var input = Path.Combine(_folder.FullName, "broken.json");
        File.WriteAllText(input, "{\"messages\": [ }");

        var (exitCode, _, error) = Run("preview", input);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.StartWith("broken.json(1,16): error at messages: "));
            Assert.That(File.Exists(Path.ChangeExtension(input, ".html")), Is.False);
        });
    }

    [Test]
    public void A_missing_file_is_bad_input()
    {
        var (exitCode, _, error) = Run("preview", Path.Combine(_folder.FullName, "none.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("does not exist"));
        });
    }

    [Test]
    public void Png_without_a_chromium_says_so_and_how_to_get_one()
    {
        var failure = Assert.ThrowsAsync<CommandFailedException>(() => HeadlessChromium.ScreenshotAsync(null, "in.html", "out.png", 10, 10, CancellationToken.None));

        Assert.That(failure!.Message, Does.StartWith("--png needs a local Chromium, and none was found").And.Contain("apt-get install chromium"));
    }

    [Test]
    public void Png_on_a_platform_the_tool_has_no_driver_for_names_the_platforms_it_has_one_for()
    {
        var failure = Assert.Throws<CommandFailedException>(() => HeadlessChromium.EnsureDriver(_folder.FullName));

        Assert.That(failure!.Message, Does.StartWith("--png needs Playwright's driver, which the lineflex tool carries for linux-x64, linux-arm64, osx-x64, osx-arm64 and win-x64 only")
            .And.Contain($"this machine is {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}")
            .And.Contain(Path.Combine(_folder.FullName, ".playwright"))
            .And.Contain("the HTML preview, which was written"));
    }

    [Test]
    public void The_tool_built_for_this_machine_has_its_driver() =>
        Assert.DoesNotThrow(() => HeadlessChromium.EnsureDriver(AppContext.BaseDirectory));

    [Test]
    public void No_chromium_is_found_where_there_is_none() =>
        Assert.That(HeadlessChromium.Find(null, _folder.FullName), Is.Null);

    [Test]
    public void A_named_chromium_that_does_not_exist_is_not_used() =>
        Assert.That(HeadlessChromium.Find(Path.Combine(_folder.FullName, "chromium"), "/usr/bin:/bin"), Is.Null);

    [Test]
    public void Png_writes_a_screenshot_cut_to_the_cards()
    {
        if (HeadlessChromium.Find() is null)
        {
            Assert.Ignore("No Chromium on the PATH; .ci/run installs Debian's chromium package.");
        }

        var input = Write("seed.json", PurchaseComplete.Request());
        var png = Path.Combine(_folder.FullName, "seed.png");

        var (exitCode, output, error) = Run("preview", input, "--png", png);

        var bytes = File.ReadAllBytes(png);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.EndWith($"Wrote {png}.{Environment.NewLine}"));
            Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), Is.EqualTo(PreviewCommand.PngWidth));
            Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)), Is.InRange(200, 1000));
        });
    }
}
