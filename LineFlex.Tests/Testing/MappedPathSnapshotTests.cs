using System.Reflection;
using LineFlex.Tests.Packaging;

namespace LineFlex.Tests.Testing;

/// <summary>
/// An app team's test project, built as CI builds it, finds its snapshots: the LineFlex.Testing package is packed and
/// installed into a small project outside the repository, which is built with its source paths mapped (PathMap, and
/// ContinuousIntegrationBuild in a git clone, where SourceLink maps them) and run. <c>[CallerFilePath]</c> then names
/// <c>/_/Tests/ReceiptTests.cs</c>, a folder that does not exist.
/// </summary>
[NonParallelizable]
public class MappedPathSnapshotTests
{
    private const string ConsumerTest = """
        using LineFlex;
        using LineFlex.Testing;

        namespace Consumer.Tests;

        public static class ReceiptTests
        {
            public static void Receipt_matches_its_snapshot() =>
                FlexSnapshot.Default.Match(
                    Flex.Message().Sender("acme").To("66812345678").AltText("Receipt").Bubble(b => b.Body(body => body.Text(Environment.GetEnvironmentVariable("RECEIPT_TITLE") ?? "Receipt"))).Build(),
                    "receipt");

            public static void Template_sample_matches_its_snapshot() =>
                new FlexTemplateCase(new Greeting(), "en").MatchSnapshot();
        }

        public sealed class Greeting : FlexTemplate<string>
        {
            public override string Name => "greeting";

            public override string Description => "Greets a customer.";

            public override IEnumerable<FlexSample<string>> Samples => [new("en", "Somchai")];

            protected override void Compose(MessageBuilder message, string name) => message.AltText("Hello").Bubble(b => b.Body(body => body.Text("Hello " + name)));
        }
        """;

    private const string ConsumerProgram = """
        Consumer.Tests.ReceiptTests.Receipt_matches_its_snapshot();
        Consumer.Tests.ReceiptTests.Template_sample_matches_its_snapshot();
        Console.WriteLine("matched");
        """;

    private string _work = null!;
    private string _feed = null!;
    private string _version = null!;

    [OneTimeSetUp]
    public async Task PackTheTestingPackage()
    {
        _work = Directory.CreateTempSubdirectory("lineflex-mapped-").FullName;
        _feed = Path.Combine(_work, "feed");
        var root = TestData.RepositoryRoot();
        var configuration = typeof(MappedPathSnapshotTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

        // A version of its own, so no package cache holds another build of it.
        _version = "0.0.1-mapped." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var project in new[] { "LineFlex.Dsl", "LineFlex.Preview", "LineFlex.Testing" })
        {
            var pack = await DotnetProcess.RunAsync(
                root,
                ["pack", $"{project}/{project}.csproj", "--no-build", "-c", configuration, "-o", _feed, $"-p:MinVerVersionOverride={_version}", $"-p:NuspecOutputPath={Path.Combine(_work, "nuspec", project)}/"],
                TimeSpan.FromMinutes(3));
            Assert.That(pack.ExitCode, Is.Zero, pack.Output);
        }
    }

    [OneTimeTearDown]
    public void DeleteTheWork() => Directory.Delete(_work, recursive: true);

    [TestCase("path-map")]
    [TestCase("ci-build-in-a-git-clone")]
    public async Task A_test_built_with_mapped_source_paths_finds_and_writes_its_snapshots_beside_its_source_file(string build)
    {
        var project = CreateConsumer(build);
        string[] properties = build == "path-map" ? [$"-p:PathMap={project}/=/_/"] : ["-p:ContinuousIntegrationBuild=true"];
        if (build != "path-map")
        {
            await Git(project, "init", "-q", ".");
            await Git(project, "add", "-A");
            await Git(project, "-c", "user.email=ci@example.com", "-c", "user.name=CI", "commit", "-q", "-m", "Consumer");
        }

        var compiled = await DotnetProcess.RunAsync(project, ["build", "-c", "Debug", .. properties], TimeSpan.FromMinutes(5));
        Assert.That(compiled.ExitCode, Is.Zero, compiled.Output);
        var output = Path.Combine(project, "bin", "Debug", "net10.0");

        var first = await DotnetProcess.RunAsync(output, ["Consumer.dll"], TimeSpan.FromMinutes(1), new Dictionary<string, string?> { ["SNAPSHOOTER_STRICT_MODE"] = "off" });
        var strict = await DotnetProcess.RunAsync(output, ["Consumer.dll"], TimeSpan.FromMinutes(1), new Dictionary<string, string?> { ["SNAPSHOOTER_STRICT_MODE"] = "on" });

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.Output);
            Assert.That(File.Exists(Path.Combine(project, "Tests", "__snapshots__", "receipt.snap")), Is.True, "the snapshot beside Tests/ReceiptTests.cs");
            Assert.That(File.Exists(Path.Combine(project, "Tests", "__snapshots__", "greeting.en.snap")), Is.True, "the template's snapshot beside Tests/ReceiptTests.cs");
            Assert.That(strict.ExitCode, Is.Zero, "strict mode finds the snapshots the first run wrote: " + strict.Output);
        });
    }

    [Test]
    public async Task A_changed_snapshot_fails_until_LINEFLEX_ACCEPT_SNAPSHOTS_writes_it_over_the_old_one()
    {
        var project = CreateConsumer("accept");
        var compiled = await DotnetProcess.RunAsync(project, ["build", "-c", "Debug", $"-p:PathMap={project}/=/_/"], TimeSpan.FromMinutes(5));
        Assert.That(compiled.ExitCode, Is.Zero, compiled.Output);
        var output = Path.Combine(project, "bin", "Debug", "net10.0");
        var snapshot = Path.Combine(project, "Tests", "__snapshots__", "receipt.snap");
        Task<DotnetResult> Run(string title, string accept) => DotnetProcess.RunAsync(
            output, ["Consumer.dll"], TimeSpan.FromMinutes(1), new Dictionary<string, string?> { ["SNAPSHOOTER_STRICT_MODE"] = "off", ["RECEIPT_TITLE"] = title, ["LINEFLEX_ACCEPT_SNAPSHOTS"] = accept });

        var written = await Run("Receipt", "");
        var changed = await Run("Invoice", "");
        var accepted = await Run("Invoice", "1");
        var again = await Run("Invoice", "");

        Assert.Multiple(() =>
        {
            Assert.That(written.ExitCode, Is.Zero, written.Output);
            Assert.That(changed.ExitCode, Is.Not.Zero, changed.Output);
            Assert.That(changed.Output, Does.Contain("content.contents.body.contents[0].text: \"Receipt\" -> \"Invoice\""));
            Assert.That(accepted.ExitCode, Is.Zero, accepted.Output);
            Assert.That(accepted.Output, Does.Contain("accepted: " + snapshot + " (1 change)"));
            Assert.That(File.ReadAllText(snapshot), Does.Contain("\"text\": \"Invoice\"").And.Not.Contain("\"text\": \"Receipt\""));
            Assert.That(again.ExitCode, Is.Zero, again.Output);
        });
    }

    private string CreateConsumer(string name)
    {
        var project = Path.Combine(_work, name);
        Directory.CreateDirectory(Path.Combine(project, "Tests"));
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LineFlex.Testing" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), ConsumerProgram);
        File.WriteAllText(Path.Combine(project, "Tests", "ReceiptTests.cs"), ConsumerTest);
        File.WriteAllText(Path.Combine(project, ".gitignore"), "bin/\nobj/\n");

        // The packages of this build come from the folder feed into a cache of their own; the others from the machine's cache.
        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(_work, "packages")}" />
              </config>
              <fallbackPackageFolders>
                <add key="machine" value="{machineCache}" />
              </fallbackPackageFolders>
              <packageSources>
                <add key="lineflex-local" value="{_feed}" />
              </packageSources>
            </configuration>
            """);
        return project;
    }

    private static async Task Git(string folder, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        var error = await git.StandardError.ReadToEndAsync();
        await git.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.That(git.ExitCode, Is.Zero, $"git {string.Join(' ', arguments)}: {error}");
    }
}
