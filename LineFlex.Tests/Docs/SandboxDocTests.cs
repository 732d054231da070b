using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LineFlex.Sandbox;
using LineFlex.Tests.Cli;

namespace LineFlex.Tests.Docs;

/// <summary>docs/sandbox.md states the sandbox's limits as the code sets them, and shows what it prints as it prints it.</summary>
public partial class SandboxDocTests
{
    private static string Doc => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "sandbox.md"));

    [Test]
    public void The_limits_section_states_the_default_body_size_and_journal_capacity()
    {
        var limits = Doc[Doc.IndexOf("## Limits", StringComparison.Ordinal)..];

        Assert.Multiple(() =>
        {
            Assert.That(limits, Does.Contain($"1 MiB ({SandboxOptions.DefaultMaxRequestBodySize.ToString("N0", CultureInfo.InvariantCulture)} bytes)"));
            Assert.That(SandboxOptions.DefaultMaxRequestBodySize, Is.EqualTo(1024 * 1024));
            Assert.That(limits, Does.Contain($"the {SandboxOptions.DefaultJournalCapacity} most recent authenticated requests"));
            Assert.That(limits, Does.Contain($"{Excerpt.MaxLength} characters for a value, {Excerpt.MaxMessageLength} for a violation"));
        });
    }

    [Test]
    public void The_options_table_states_the_same_defaults()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Doc, Does.Contain("| `MaxRequestBodySize` | 1 MiB |"));
            Assert.That(Doc, Does.Contain($"| `JournalCapacity` | {SandboxOptions.DefaultJournalCapacity} |"));
        });
    }

    [Test]
    public void The_networks_table_lists_every_network_of_the_code()
    {
        var networks = Doc[Doc.IndexOf("## Networks", StringComparison.Ordinal)..];

        Assert.Multiple(() =>
        {
            foreach (var network in SandboxNetwork.ByCountry)
            {
                Assert.That(networks, Does.Contain($"| `{network.CallingCode}` |").And.Contain($"| `{network.MccMnc}` | {network.Name} |"), network.Name);
            }

            Assert.That(networks, Does.Contain($"| anything else | - | `{SandboxNetwork.Test.MccMnc}` | {SandboxNetwork.Test.Name} "));
        });
    }

    [Test]
    public async Task The_standalone_sample_output_is_what_lineflex_sandbox_prints()
    {
        var standalone = Doc[Doc.IndexOf("## Standalone", StringComparison.Ordinal)..];
        var start = standalone.IndexOf("```text\n", StringComparison.Ordinal) + "```text\n".Length;
        var documented = standalone[start..standalone.IndexOf("```", start, StringComparison.Ordinal)].TrimEnd('\n').Split('\n');

        var printed = await RunSandboxAsync();

        Assert.That(documented.Select(Shape), Is.EqualTo(printed.Select(Shape)), string.Join('\n', printed));
    }

    /// <summary>What <c>lineflex sandbox --port 0</c> prints until it has answered one send and one report pull.</summary>
    private static async Task<string[]> RunSandboxAsync()
    {
        var timeout = TimeSpan.FromSeconds(30);
        using var output = new WatchedWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var running = LineFlex.Cli.CliApp.RunAsync(["sandbox", "--port", "0"], output, error, stop.Token);
        var baseUrl = new Uri(ListeningAt().Match(await output.WaitForAsync("listening at").WaitAsync(timeout)).Groups[1].Value);
        await output.WaitForAsync("Press Ctrl+C to stop.").WaitAsync(timeout);

        using var http = new HttpClient { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "App any-key");
        using (var send = await http.PostAsync("line/1/messages", new StringContent(TestData.SeedRequestJson, Encoding.UTF8, "application/json")))
        {
            Assert.That((int)send.StatusCode, Is.EqualTo(200));
        }

        await output.WaitForAsync("POST /line/1/messages answered").WaitAsync(timeout);
        (await http.GetAsync("line/1/reports")).Dispose();
        await output.WaitForAsync("GET /line/1/reports answered").WaitAsync(timeout);
        await stop.CancelAsync();
        Assert.That(await running.WaitAsync(timeout), Is.Zero, error.ToString());
        return output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }

    /// <summary>A printed line with what changes from run to run (times, the port, ids, counts) made alike.</summary>
    private static string Shape(string line) =>
        Counts().Replace(Ids().Replace(Port().Replace(Time().Replace(line, "HH:MM:SS "), "127.0.0.1:PORT"), "ID"), "N message(s)");

    [GeneratedRegex(@"listening at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ListeningAt();

    [GeneratedRegex(@"^\d\d:\d\d:\d\d ")]
    private static partial Regex Time();

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex Port();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Ids();

    [GeneratedRegex(@"\d+ message\(s\)")]
    private static partial Regex Counts();
}
