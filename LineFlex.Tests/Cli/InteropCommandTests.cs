using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Cli;

/// <summary>The commands that cross between LINE's dialect, Infobip's and C#, and the commands that read JSON of any shape.</summary>
public sealed class InteropCommandTests
{
    private static string Receipt => TestData.SamplePath(Path.Combine("Line", "simulator-receipt.json"));

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = LineFlex.Cli.CliApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [TestCase("seed-request.json", "an Infobip request")]
    [TestCase("Line/simulator-receipt.json", "a LINE bubble (LINE's dialect")]
    public void Every_command_that_reads_json_says_what_the_file_holds(string sample, string holds)
    {
        foreach (var command in new[] { "format", "validate", "codegen" })
        {
            var (exitCode, _, error) = Run(command, TestData.SamplePath(sample));

            Assert.That(error, Does.Contain($"{Path.GetFileName(sample)} is {holds}"), command);
            Assert.That(exitCode, Is.Zero, $"{command}: {error}");
        }
    }

    [Test]
    public void Format_reads_a_bubble_a_message_and_LINE_s_dialect()
    {
        var bubble = Flex.Bubble().Body(b => b.Text("Hi")).Build();
        var message = Flex.Message().Sender("S").To("66855538125").AltText("Hi").Bubble(bubble).Build();
        using var files = new TemporaryFiles();

        Assert.Multiple(() =>
        {
            Assert.That(Run("format", "--compact", files.Write(FlexJson.Serialize(bubble))).Output.Trim(), Is.EqualTo(FlexJson.Serialize(bubble)));
            Assert.That(Run("format", "--compact", files.Write(FlexJson.Serialize(message))).Output.Trim(), Is.EqualTo(FlexJson.Serialize(message)));
            Assert.That(Run("format", "--compact", files.Write(LineDialect.Export(bubble))).Output.Trim(), Is.EqualTo(FlexJson.Serialize(bubble)));
        });
    }

    [Test]
    public void Validate_of_a_LINE_file_prints_findings_at_their_lines_in_that_file()
    {
        using var files = new TemporaryFiles();
        var file = files.Write("{\n  \"type\": \"bubble\",\n  \"hero\": {\"type\": \"image\", \"url\": \"https://example.com/h.png\"},\n  \"body\": {\"type\": \"box\", \"layout\": \"vertical\", \"justifyContent\": \"center\", \"contents\": []}\n}\n");

        var (exitCode, output, _) = Run("validate", file);
        var name = Path.GetFileName(file);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain($"{name}(3,11): error LF801 at hero: LINE's hero block"));
            Assert.That(output, Does.Contain($"{name}(4,"));
            Assert.That(output, Does.Contain("warning LF805 at body.justifyContent"));
            Assert.That(output, Does.Contain($"{name}(1,1): warning LF510 at header: The bubble has no header"));
            Assert.That(output, Does.EndWith("Invalid: 1 error(s), 4 warning(s)." + Environment.NewLine));
        });
    }

    [Test]
    public void Validate_with_format_json_prints_the_findings_for_tools()
    {
        var request = Flex.Request().Message(m => m.Sender("S").To("66855538125").AltText(new string('a', 401)).Bubble(b => b.Body(x => x.Text("Hi")))).Build();
        using var files = new TemporaryFiles();

        var (exitCode, output, _) = Run("validate", "--format", "json", files.Write(FlexJson.Serialize(request, indented: true)));
        var json = JObject.Parse(output);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That((bool)json["valid"]!, Is.False);
            Assert.That((string?)json["holds"], Does.StartWith("an Infobip request"));
            Assert.That((string?)json["findings"]![0]!["code"], Is.EqualTo("LF201"));
            Assert.That((string?)json["findings"]![0]!["path"], Is.EqualTo("messages[0].content.altText"));
            Assert.That((int)json["findings"]![0]!["line"]!, Is.GreaterThan(1));
        });
    }

    [Test]
    public void Import_writes_a_request_from_a_simulator_bubble()
    {
        using var files = new TemporaryFiles();
        var output = files.Path();

        var (exitCode, _, error) = Run("import", Receipt, "--sender", "OA-1", "--to", "66855538125", "--alt-text", "Your receipt", "-o", output);
        var request = FlexJson.Deserialize<LineRequest>(File.ReadAllText(output));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(request.Messages![0]!.Sender, Is.EqualTo("OA-1"));
            Assert.That(request.Messages[0]!.Content!.AltText, Is.EqualTo("Your receipt"));
            Assert.That(request.Messages[0]!.Content!.Contents, Is.EqualTo(LineDialect.Import(File.ReadAllText(Receipt)).Bubble));
        });
    }

    [Test]
    public void Import_of_a_bare_bubble_for_a_request_asks_for_the_alt_text()
    {
        var (exitCode, output, error) = Run("import", Receipt, "--sender", "OA-1", "--to", "66855538125");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), "the command line must say more: a usage error");
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("--alt-text"));
        });
    }

    [Test]
    public void Import_writes_nothing_while_a_difference_needs_a_decision_and_the_option_settles_it()
    {
        using var files = new TemporaryFiles();
        var carousel = files.Write("""{"type":"carousel","contents":[{"type":"bubble"},{"type":"bubble","size":"kilo"}]}""");

        var refused = Run("import", carousel);
        var chosen = Run("import", carousel, "--bubble", "1");

        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(1));
            Assert.That(refused.Output, Is.Empty);
            Assert.That(refused.Error, Does.Contain("error LF802").And.Contain("Not written"));
            Assert.That(chosen.ExitCode, Is.Zero, chosen.Error);
            Assert.That(FlexJson.Deserialize<FlexBubble>(chosen.Output).Size, Is.EqualTo(BubbleSize.Kilo));
            Assert.That(chosen.Error, Does.Contain("warning LF802"));
        });
    }

    [Test]
    public void Import_of_Infobip_s_dialect_points_to_validate_and_export()
    {
        var (exitCode, _, error) = Run("import", TestData.SamplePath("seed-request.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("already Infobip's dialect"));
        });
    }

    [Test]
    public void Export_writes_LINE_s_dialect_that_imports_back_to_the_same_content()
    {
        var (exitCode, output, error) = Run("export", TestData.SamplePath("seed-request.json"), "--dialect", "line");
        var seed = FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.StartWith("{\n  \"type\": \"flex\","));
            Assert.That(LineDialect.Import(output).ToContent(), Is.EqualTo(seed.Messages![0]!.Content));
        });
    }

    [Test]
    public void Export_needs_the_dialect()
    {
        var (exitCode, _, error) = Run("export", TestData.SamplePath("seed-request.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain("--dialect"));
        });
    }

    [Test]
    public void Codegen_writes_a_template_file_with_the_chosen_name()
    {
        using var files = new TemporaryFiles();
        var output = files.Path(".cs");

        var (exitCode, _, error) = Run("codegen", Receipt, "--name", "Receipt", "-o", output);
        var code = File.ReadAllText(output);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(code, Does.StartWith("using LineFlex;"));
            Assert.That(code, Does.Contain("public static FlexBubble Receipt() =>"));
        });
    }

    [Test]
    public void Codegen_refuses_a_name_that_is_not_an_identifier_as_a_usage_error()
    {
        var (exitCode, _, error) = Run("codegen", Receipt, "--name", "2fast");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain("--name takes"));
        });
    }

    [TestCase("class", "is a C# keyword")]
    [TestCase("Flex", "is the name of a LineFlex type that the generated code uses")]
    [TestCase("BoxLayout", "is the name of a LineFlex type that the generated code uses")]
    [TestCase("FlexTemplates", "is the name of the class that holds the method")]
    public void Codegen_refuses_a_name_the_generated_code_could_not_compile_with_as_a_usage_error(string name, string why)
    {
        using var files = new TemporaryFiles();
        var output = files.Path(".cs");

        var (exitCode, _, error) = Run("codegen", Receipt, "--name", name, "-o", output);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain($"error: \"{name}\" {why}").And.Contain("--name takes a name of its own, such as OrderShipped."));
            Assert.That(File.Exists(output), Is.False);
        });
    }

    [Test]
    public void Preview_refuses_to_write_over_its_input()
    {
        using var files = new TemporaryFiles();
        var input = files.Path(".html");
        File.WriteAllText(input, FlexJson.Serialize(Flex.Bubble().Body(b => b.Text("Hi")).Build()));
        var json = files.Write(File.ReadAllText(input));

        var byDefault = Run("preview", input);
        var named = Run("preview", json, "-o", json);

        Assert.Multiple(() =>
        {
            Assert.That(byDefault.ExitCode, Is.EqualTo(2));
            Assert.That(byDefault.Error, Does.Contain($"{input} is the file read; the preview would write over it. Choose another path with -o"));
            Assert.That(named.ExitCode, Is.EqualTo(2));
            Assert.That(named.Error, Does.Contain($"{json} is the file read"));
            Assert.That(File.ReadAllText(input), Does.StartWith("{"), "the input is left as it was");
            Assert.That(File.ReadAllText(json), Does.StartWith("{"));
        });
    }

    [Test]
    public void Send_of_a_bubble_needs_a_sender_and_a_recipient()
    {
        var (exitCode, _, error) = Run("send", "--dry-run", Receipt);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), "the command line must say more: a usage error");
            Assert.That(error, Does.Contain("needs --sender and --to"));
        });
    }

    [Test]
    public void Send_makes_a_request_of_a_simulator_bubble_with_a_sender_a_recipient_and_an_alt_text()
    {
        var (exitCode, output, error) = Run("send", "--dry-run", Receipt, "--sender", "OA-1", "--to", "66855538125", "--alt-text", "Your receipt");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.Contain("\"sender\": \"OA-1\"").And.Contain("\"altText\": \"Your receipt\"").And.Contain("Dry run: valid, not sent."));
        });
    }

    [Test]
    public void Send_of_a_message_sends_it_as_a_request_of_one()
    {
        using var files = new TemporaryFiles();
        var message = Flex.Message().Sender("S").To("66855538125").AltText("Hi").Bubble(b => b.Body(x => x.Text("Hi"))).Build();

        var (exitCode, output, error) = Run("send", "--dry-run", files.Write(FlexJson.Serialize(message)));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.Contain("\"messages\": ["));
        });
    }

    /// <summary>Temporary files, deleted at the end of the test.</summary>
    private sealed class TemporaryFiles : IDisposable
    {
        private readonly List<string> _paths = [];

        public string Path(string extension = ".json")
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"lineflex-{Guid.NewGuid():N}{extension}");
            _paths.Add(path);
            return path;
        }

        public string Write(string json)
        {
            var path = Path();
            File.WriteAllText(path, json);
            return path;
        }

        public void Dispose()
        {
            foreach (var path in _paths.Where(File.Exists))
            {
                File.Delete(path);
            }
        }
    }
}
