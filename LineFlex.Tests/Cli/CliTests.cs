using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Cli;

/// <summary>The lineflex command line, run in-process with its output captured.</summary>
public class CliTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = LineFlex.Cli.CliApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Demo_builds_validates_prints_sends_and_reports_delivery_through_the_sandbox()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.BaseUrlVariable, null);

        var exitCode = await LineFlex.Cli.CliApp.RunAsync(["demo"], output, error);

        var text = output.ToString();
        var json = text[text.IndexOf("3. Its JSON:", StringComparison.Ordinal)..text.IndexOf("4. ", StringComparison.Ordinal)]["3. Its JSON:".Length..];
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error.ToString());
            Assert.That(text, Does.Contain("2. Validated it: 0 error(s), 0 warning(s)."));
            Assert.That(JToken.DeepEquals(TestData.ParseToken(json), TestData.ParseToken(TestData.SeedRequestJson)), Is.True);
            Assert.That(text, Does.Contain("4. Sending to the LineFlex sandbox at http://127.0.0.1:"));
            Assert.That(text, Does.Match(@"messageId: \S+  to: 66855538125  status: PENDING/PENDING_ACCEPTED"));
            Assert.That(text, Does.Match(@"report: messageId \S+  to 66855538125  status DELIVERED/DELIVERED_TO_HANDSET"));
        });
    }

    [Test]
    public void Format_prints_a_request_in_the_canonical_form()
    {
        var (exitCode, output, _) = Run("format", "--compact", TestData.SamplePath("seed-request.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output.TrimEnd(), Is.EqualTo(FlexJson.Serialize(FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson))));
            Assert.That(output, Does.StartWith("{\"messages\":[{\"sender\":"));
        });
    }

    [Test]
    public void Format_of_bad_input_prints_the_path_line_and_position_and_exits_1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lineflex-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\n  \"messages\": [\n    { \"sender\": 42 }\n  ]\n}\n");
        try
        {
            var (exitCode, output, error) = Run("format", file);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(1));
                Assert.That(output, Is.Empty);
                Assert.That(error, Does.Contain("(3,"));
                Assert.That(error, Does.Contain("messages[0].sender"));
                Assert.That(error, Does.Contain("Expected a string, but found a number."));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Format_of_a_missing_file_says_so_and_exits_1()
    {
        var (exitCode, _, error) = Run("format", "no-such-file.json");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("does not exist"));
        });
    }

    [Test]
    public void Validate_of_the_seed_request_finds_nothing_and_exits_0()
    {
        var (exitCode, output, _) = Run("validate", TestData.SamplePath("seed-request.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output.Trim(), Is.EqualTo("Valid: 0 warning(s)."));
        });
    }

    [Test]
    public void Validate_prints_one_line_per_finding_errors_first_and_exits_1()
    {
        var request = Flex.Request()
            .Message(m => m
                .Sender("S")
                .To("66855538125")
                .AltText(new string('a', 401))
                .Bubble(b => b.Body(body => body.Text("Hi", t => t.Uri("This label is far too long", "https://example.com"))))
                .ValidityPeriod(72, ValidityPeriodTimeUnit.Hours))
            .Build();
        var file = WriteTemporary(FlexJson.Serialize(request));
        try
        {
            var (exitCode, output, _) = Run("validate", file);
            var lines = output.TrimEnd().Split(Environment.NewLine);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(1));
                Assert.That(lines, Has.Length.EqualTo(6));
                var name = Path.GetFileName(file);
                Assert.That(lines[0], Does.Match($@"^{Regex.Escape(name)}\(1,\d+\): error LF201 at messages\[0\]\.content\.altText: altText is 401 characters; the limit is 400\.$"));
                Assert.That(lines[1], Does.Match($@"^{Regex.Escape(name)}\(1,\d+\): error LF208 at messages\[0\]\.content\.contents\.body\.contents\[0\]\.action\.label: label is 26 characters; the limit is 20\.$"));
                Assert.That(lines[2], Does.Match($@"^{Regex.Escape(name)}\(1,\d+\): warning LF510 at messages\[0\]\.content\.contents\.header: The bubble has no header"));
                Assert.That(lines[3], Does.Match($@"^{Regex.Escape(name)}\(1,\d+\): warning LF511 at messages\[0\]\.content\.contents\.footer: The bubble has no footer"));
                Assert.That(lines[4], Does.Match($@"^{Regex.Escape(name)}\(1,\d+\): warning LF604 at messages\[0\]\.options\.validityPeriod\.amount: The validity period is 72 hours"));
                Assert.That(lines[5], Is.EqualTo("Invalid: 2 error(s), 3 warning(s)."));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Validate_of_malformed_json_prints_the_parse_error_as_format_does()
    {
        var file = WriteTemporary("{\"messages\": [}");
        try
        {
            var (exitCode, _, error) = Run("validate", file);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(1));
                Assert.That(error, Does.Contain("(1,"));
                Assert.That(error, Does.Contain("Malformed JSON"));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string WriteTemporary(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"lineflex-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        return file;
    }

    [Test]
    public async Task Send_with_dry_run_validates_and_prints_without_sending()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await LineFlex.Cli.CliApp.RunAsync(["send", "--dry-run", TestData.SamplePath("seed-request.json")], output, error);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error.ToString());
            Assert.That(output.ToString(), Does.Contain("Dry run: valid, not sent."));
            Assert.That(output.ToString(), Does.Not.Contain("sandbox"));
        });
    }

    [Test]
    public async Task Send_sends_a_request_file_to_the_sandbox_and_prints_the_ids()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.BaseUrlVariable, null);

        var exitCode = await LineFlex.Cli.CliApp.RunAsync(["send", "--sandbox", TestData.SamplePath("seed-request.json")], output, error);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error.ToString());
            Assert.That(output.ToString(), Does.Contain("Sending to the LineFlex sandbox at http://127.0.0.1:"));
            Assert.That(output.ToString(), Does.Match(@"bulkId: \S+"));
            Assert.That(output.ToString(), Does.Contain("status: PENDING/PENDING_ACCEPTED"));
        });
    }

    [Test]
    public async Task Send_with_no_target_configured_fails_saying_how_to_configure_one_instead_of_sending_to_a_throwaway_sandbox()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.BaseUrlVariable, null);
        Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.BaseUrlAlias, null);

        var exitCode = await LineFlex.Cli.CliApp.RunAsync(["send", TestData.SamplePath("seed-request.json")], output, error);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error.ToString(), Does.Contain("error: No target to talk to: pass --base-url and --api-key-file"));
            Assert.That(error.ToString(), Does.Contain("or set LineFlex__BaseUrl and LineFlex__ApiKey"));
            Assert.That(error.ToString(), Does.Contain("or pass --sandbox"));
            Assert.That(output.ToString(), Does.Not.Contain("bulkId"));
        });
    }

    [Test]
    public async Task The_INFOBIP_variables_still_name_the_target()
    {
        await using var sandbox = await LineFlex.Sandbox.SandboxServer.StartAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.BaseUrlAlias, sandbox.BaseUrl.AbsoluteUri);
        Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.ApiKeyAlias, "any-key");
        try
        {
            var exitCode = await LineFlex.Cli.CliApp.RunAsync(["send", TestData.SamplePath("seed-request.json")], output, error);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.Zero, error.ToString());
                Assert.That(output.ToString(), Does.Contain($"Sending to {sandbox.BaseUrl.AbsoluteUri.TrimEnd('/')}").And.Contain("(base URL from INFOBIP_BASE_URL, API key from INFOBIP_API_KEY)."));
                Assert.That(output.ToString(), Does.Match(@"bulkId: \S+"));
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.BaseUrlAlias, null);
            Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.ApiKeyAlias, null);
        }
    }

    [Test]
    public async Task Send_refuses_an_invalid_request_file_with_exit_code_1()
    {
        var file = WriteTemporary(FlexJson.Serialize(Flex.Request().Message(m => m.To("1").AltText("a").Bubble(b => b.Body(x => x.Text("a")))).Build()));
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exitCode = await LineFlex.Cli.CliApp.RunAsync(["send", file], output, error);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(1));
                Assert.That(output.ToString(), Does.Contain("messages[0].sender: sender is required. [LF102]"));
                Assert.That(output.ToString(), Does.Contain("Not sent: 1 error(s)."));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Reports_reads_from_a_standalone_sandbox_named_by_the_environment()
    {
        await using var sandbox = await LineFlex.Sandbox.SandboxServer.StartAsync(new LineFlex.Sandbox.SandboxOptions { DeliveryDelay = TimeSpan.Zero });
        using (var client = new LineFlexClient(sandbox.BaseUrl.AbsoluteUri, "any-key"))
        {
            await client.SendAsync(LineFlex.Cli.Demo.PurchaseComplete.Request());
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.BaseUrlVariable, sandbox.BaseUrl.AbsoluteUri);
        Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.ApiKeyVariable, "any-key");
        try
        {
            var exitCode = await LineFlex.Cli.CliApp.RunAsync(["reports", "--limit", "10"], output, error);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.Zero, error.ToString());
                Assert.That(output.ToString(), Does.Contain("status DELIVERED/DELIVERED_TO_HANDSET"));
                Assert.That(output.ToString(), Does.Contain("1 report(s) from the sandbox."));
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.BaseUrlVariable, null);
            Environment.SetEnvironmentVariable(LineFlex.Cli.SendTarget.ApiKeyVariable, null);
        }
    }

    [TestCase("demo")]
    [TestCase("format")]
    [TestCase("validate")]
    [TestCase("send")]
    [TestCase("import")]
    [TestCase("export")]
    [TestCase("codegen")]
    [TestCase("reports")]
    [TestCase("sandbox")]
    [TestCase("preview")]
    [TestCase("gallery")]
    [TestCase("completion")]
    public void Every_command_has_help(string command)
    {
        var (exitCode, output, _) = Run(command, "--help");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Does.Contain("Usage:"));
            Assert.That(output, Does.Contain(command));
        });
    }
}
