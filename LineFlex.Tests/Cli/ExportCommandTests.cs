using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Cli;

/// <summary><c>lineflex export</c> prints what the export left out or LINE would refuse, at its place in the file.</summary>
public sealed class ExportCommandTests
{
    private static (int ExitCode, string Output, string Error) Export(string json)
    {
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"export-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exitCode = LineFlex.Cli.CliApp.Run(["export", "--dialect", "line", file], output, error);
            return (exitCode, output.ToString(), error.ToString().Replace(Path.GetFileName(file), "message.json", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Export_of_a_message_notes_each_part_it_leaves_out_at_its_line()
    {
        var message = Flex.Message().Sender("OFFICIAL-ACCOUNT-ID-123").To("66855538125").AltText("Hi").Bubble(b => b.Body(x => x.Text("Hi"))).Build();

        var (exitCode, output, error) = Export(FlexJson.Serialize(message, indented: true));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(JObject.Parse(output)["type"]!.ToString(), Is.EqualTo("flex"));
            Assert.That(error, Does.Match(@"message\.json\(2,\d+\): warning LF809 at sender: "));
            Assert.That(error, Does.Match(@"message\.json\(3,\d+\): warning LF809 at destinations: "));
        });
    }

    [Test]
    public void Export_refuses_postback_data_LINE_would_refuse_and_writes_nothing()
    {
        var bubble = new FlexBubble
        {
            Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = "Hi", Action = new PostbackAction { Label = "Yes", Data = new string('a', 301) } }] },
        };

        var (exitCode, output, error) = Export(FlexJson.Serialize(bubble, indented: true));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Match(@"message\.json\(\d+,\d+\): error LF807 at body\.contents\[0\]\.action\.data: data is 301 characters"));
            Assert.That(error, Does.Contain("Not written"));
        });
    }
}
