using System.Net;
using System.Text.RegularExpressions;
using LineFlex.Gallery;
using LineFlex.Tests.Preview;
using Microsoft.Playwright;

namespace LineFlex.Tests.Cli;

/// <summary>
/// <c>lineflex preview</c> of an app's own templates: an assembly or a project rendered on one page, and with
/// <c>--watch</c> served on 127.0.0.1 and rendered again, in the open browser, when the project changes.
/// </summary>
public sealed partial class TemplatePreviewCommandTests : ChromiumFixture
{
    /// <summary>How long a build of the scratch project may take on a busy machine.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    private DirectoryInfo _folder = null!;

    [GeneratedRegex(@"Serving the templates at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingAt();

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("lineflex-templates-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    private static CliRun Run(params string[] args) => CliRun.StartAsync(args).GetAwaiter().GetResult();

    [Test]
    public void An_assembly_s_templates_are_rendered_on_one_page_with_every_sample()
    {
        var gallery = typeof(Brand).Assembly.Location;
        var samples = FlexTemplateRegistry.FromAssembly(typeof(Brand).Assembly).Templates.Sum(t => t.SampleNames.Count);
        var page = Path.Combine(_folder.FullName, "gallery.html");

        var run = Run("preview", gallery, "-o", page);
        var html = File.ReadAllText(page);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Is.EqualTo($"Wrote {page}.{Environment.NewLine}"));
            Assert.That(html, Does.Contain("<h1>10 template(s)</h1>"));
            Assert.That(html, Does.Contain("<section class=\"lf-entry\" id=\"shipment-tracking\">"));
            Assert.That(samples, Is.GreaterThanOrEqualTo(30), "ten templates in three languages at least");
            Assert.That(Regex.Count(html, "<section class=\"lf-card\""), Is.EqualTo(samples), "one card per sample");
            Assert.That(html, Does.Contain("<h2 id=\"shipment-tracking.th\">shipment-tracking.th</h2>").And.Contain("KEX123456789TH"));
        });
    }

    [Test]
    public void A_folder_without_a_project_and_an_assembly_without_templates_are_refused_saying_what_to_give()
    {
        var empty = Run("preview", _folder.FullName);
        var noTemplates = Run("preview", typeof(FlexPreview).Assembly.Location, "-o", Path.Combine(_folder.FullName, "x.html"));

        Assert.Multiple(() =>
        {
            Assert.That(empty.ExitCode, Is.EqualTo(1));
            Assert.That(empty.Error, Does.Contain($"error: {_folder.FullName} holds no project; give the project file (App.csproj) or the built assembly"));
            Assert.That(noTemplates.ExitCode, Is.EqualTo(1));
            Assert.That(noTemplates.Error, Does.Contain("error: LineFlex.Preview.dll holds no templates: public, non-abstract classes deriving from FlexTemplate<TModel>"));
        });
    }

    [Test]
    public void Watch_is_for_templates_and_serves_the_page_instead_of_writing_one_and_LINE_s_decisions_are_for_files()
    {
        var json = Path.Combine(_folder.FullName, "bubble.json");
        File.WriteAllText(json, FlexJson.Serialize(Flex.Bubble().Body(b => b.Text("Hi")).Build()));

        var onJson = Run("preview", json, "--watch");
        var withOutput = Run("preview", typeof(Brand).Assembly.Location, "--watch", "-o", Path.Combine(_folder.FullName, "x.html"));
        var withDecision = Run("preview", typeof(Brand).Assembly.Location, "--hero-to-body");

        Assert.Multiple(() =>
        {
            Assert.That(onJson.ExitCode, Is.EqualTo(2));
            Assert.That(onJson.Error, Does.Contain("--watch and --port are for a project or assembly of templates"));
            Assert.That(withOutput.ExitCode, Is.EqualTo(2));
            Assert.That(withOutput.Error, Does.Contain("--output writes a file once, and --watch serves the page instead"));
            Assert.That(withDecision.ExitCode, Is.EqualTo(2));
            Assert.That(withDecision.Error, Does.Contain("--hero-to-body is for a file in LINE's dialect, and LineFlex.Gallery.dll is a project or assembly of templates; leave --hero-to-body out."));
        });
    }

    [Test]
    public async Task Watch_on_a_port_in_use_fails_saying_how_to_choose_another()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await CliRun.StartAsync(["preview", typeof(Brand).Assembly.Location, "--watch", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain($"error: The preview cannot listen on 127.0.0.1:{port}: ").And.Contain(". Choose another port with --port N, or use --port 0"));
        });
    }

    [Test]
    public async Task Watch_rebuilds_the_project_when_a_template_changes_and_the_open_page_shows_the_change()
    {
        var template = WriteScratchProject("Hello");
        using var output = new WatchedWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var running = LineFlex.Cli.CliApp.RunAsync(["preview", _folder.FullName, "--watch", "--port", "0"], output, error, stop.Token);
        var serving = await output.WaitForAsync("Serving the templates at").WaitAsync(Deadline);
        var url = new Uri(ServingAt().Match(serving).Groups[1].Value);
        using var http = new HttpClient { BaseAddress = url };
        var before = await http.GetStringAsync("gallery");

        var page = await Browser.NewPageAsync();
        await page.GotoAsync(url.AbsoluteUri);
        var frame = page.FrameLocator("#preview");
        await Assertions.Expect(frame.GetByText("Hello Ann")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        File.WriteAllText(template, File.ReadAllText(template).Replace("\"Hello\"", "\"Howdy\"", StringComparison.Ordinal));
        var after = await PollAsync(http, "Howdy Ann");
        await Assertions.Expect(frame.GetByText("Howdy Ann")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, "gallery");
        elsewhere.Headers.Host = $"preview.test:{url.Port}";
        using var refused = await http.SendAsync(elsewhere);
        await stop.CancelAsync();
        var exitCode = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(before, Does.Contain("Hello Ann").And.Not.Contain("Howdy"));
            Assert.That(after, Does.Contain("Howdy Ann"));
            Assert.That(output.ToString(), Does.Contain("Hello.cs changed; rebuilding."));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.MisdirectedRequest));
            Assert.That(exitCode, Is.Zero, error.ToString());
        });
    }

    /// <summary>Asks for the page until it holds <paramref name="text"/>, for up to <see cref="Deadline"/>: a rebuild takes what it takes.</summary>
    private static async Task<string> PollAsync(HttpClient http, string text)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (true)
        {
            var html = await http.GetStringAsync("gallery", deadline.Token);
            if (html.Contains(text, StringComparison.Ordinal))
            {
                return html;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
        }
    }

    /// <summary>A project with one template that greets, referencing the LineFlex the tests run with; returns the template's file.</summary>
    private string WriteScratchProject(string greeting)
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "Scratch.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{typeof(Flex).Assembly.Location}" />
              </ItemGroup>
            </Project>
            """);
        var template = Path.Combine(_folder.FullName, "Hello.cs");
        File.WriteAllText(template, $$"""
            using LineFlex;

            namespace Scratch;

            public sealed record Greeting(string Name);

            public sealed class Hello : FlexTemplate<Greeting>
            {
                public override string Name => "hello";
                public override string Description => "Greets.";
                public override IEnumerable<FlexSample<Greeting>> Samples => [new("en", new Greeting("Ann"))];
                protected override void Compose(MessageBuilder message, Greeting greeting) =>
                    message.AltText("Hi").Bubble(b => b.Body(body => body.Text("{{greeting}}" + " " + greeting.Name)));
            }
            """);
        return template;
    }
}
