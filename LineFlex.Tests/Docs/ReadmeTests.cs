using System.Text.RegularExpressions;

namespace LineFlex.Tests.Docs;

/// <summary>The README's quick start is this code: the test compiles it, runs it, and checks the README shows both it and its JSON.</summary>
public class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "README.md"));

    private static LineRequest QuickStart()
    {
        // README quick start begins
        LineRequest request = Flex.Request()
            .Message(m => m
                .Sender("OFFICIAL-ACCOUNT-ID-123")
                .To("66855538125", messageId: "order-42")
                .AltText("Order #42 has shipped.")
                .Bubble(b => b
                    .Header(h => h.Text("Order #42", t => t.Bold().Color("#ffffff")))
                    .Body(body => body
                        .Text("Your order has shipped.", t => t.Size("lg").Wrap())
                        .Separator(s => s.Margin("md"))
                        .Horizontal(row => row
                            .Margin("md")
                            .Text("Tracking", t => t.Color("#888888"))
                            .Text("JP123456789", t => t.Align(FlexAlign.End))))
                    .Footer(f => f.Button(Flex.Uri("Track", "https://example.com/track/42"), button => button.Style(ButtonStyle.Primary)))
                    .Style(s => s.Header(backgroundColor: "#06C755"))))
            .Build();

        string json = FlexJson.Serialize(request, indented: true);
        // README quick start ends
        _ = json;
        return request;
    }

    private static async Task<IReadOnlyList<DeliveryReport>> SendIt(LineRequest request, string baseUrl, string apiKey)
    {
        // README sending begins
        using var client = new LineFlexClient(baseUrl, apiKey); // your account's https URL, or a sandbox's
        SendResult sent = await client.SendAsync(request);     // validates first, then POST /line/1/messages
        Console.WriteLine($"{sent.BulkId}: {sent.Messages[0].MessageId} {sent.Messages[0].Status?.Name}");

        IReadOnlyList<DeliveryReport> reports = await client.GetDeliveryReportsAsync(new DeliveryReportQuery { BulkId = sent.BulkId });
        // README sending ends
        return reports;
    }

    [Test]
    public async Task The_readmes_sending_code_sends_to_a_sandbox_and_reads_the_report()
    {
        await using var sandbox = await LineFlex.Sandbox.SandboxServer.StartAsync(new LineFlex.Sandbox.SandboxOptions { DeliveryDelay = TimeSpan.Zero });

        var reports = await SendIt(QuickStart(), sandbox.BaseUrl.AbsoluteUri, "any-key");

        Assert.That(reports.Single().Status!.Group, Is.EqualTo(StatusGroup.Delivered));
    }

    [Test]
    public void The_sending_code_in_the_readme_is_this_tests_code()
    {
        var source = File.ReadAllText(Path.Combine(SourceDirectory(), "Docs", "ReadmeTests.cs"));
        var code = Regex.Match(source, "// README sending begins\n(.*?)        // README sending ends", RegexOptions.Singleline).Groups[1].Value;
        var readmeCode = Regex.Match(Readme, "```csharp\n(using var client = new LineFlexClient.*?)```", RegexOptions.Singleline).Groups[1].Value;

        Assert.Multiple(() =>
        {
            Assert.That(readmeCode, Is.Not.Empty);
            Assert.That(Normalize(readmeCode), Is.EqualTo(Normalize(code)));
        });
    }

    [Test]
    public void The_quick_start_code_in_the_readme_is_this_tests_code()
    {
        var source = File.ReadAllText(Path.Combine(SourceDirectory(), "Docs", "ReadmeTests.cs"));
        var code = Regex.Match(source, "// README quick start begins\n(.*?)        // README quick start ends", RegexOptions.Singleline).Groups[1].Value;
        var readmeCode = Regex.Match(Readme, "```csharp\nusing LineFlex;\n\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        Assert.That(Normalize(readmeCode), Is.EqualTo(Normalize(code)));
    }

    [Test]
    public void The_json_in_the_readme_is_what_the_quick_start_produces()
    {
        var readmeJson = Regex.Match(Readme, "```json\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        Assert.Multiple(() =>
        {
            Assert.That(readmeJson, Is.Not.Empty);
            Assert.That(readmeJson.TrimEnd(), Is.EqualTo(FlexJson.Serialize(QuickStart(), indented: true)));
        });
    }

    [Test]
    public void The_readmes_validation_line_passes_for_the_quick_start_request()
    {
        var request = QuickStart();

        Assert.Multiple(() =>
        {
            Assert.That(Readme, Does.Contain("```csharp\nFlexValidator.Default.EnsureValid(request);"));
            Assert.DoesNotThrow(() => FlexValidator.Default.EnsureValid(request));
        });
    }

    [Test]
    public void The_readme_holds_the_main_and_test_commands()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Readme, Does.Contain("<!-- main-command -->\n```sh\ndotnet run --project LineFlex.Cli -- demo\n```"));
            Assert.That(Readme, Does.Contain("<!-- test-command -->\n```sh\ndotnet test LineFlex.sln\n```"));
        });
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
