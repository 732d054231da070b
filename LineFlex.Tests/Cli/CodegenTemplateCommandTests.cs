using LineFlex.Gallery;
using LineFlex.Tests.Interop;

namespace LineFlex.Tests.Cli;

/// <summary><c>lineflex codegen --template</c>: from the files of one design to a template class, its model and its samples.</summary>
public sealed class CodegenTemplateCommandTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("lineflex-codegen-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    private static CliRun Run(params string[] args) => CliRun.StartAsync(args).GetAwaiter().GetResult();

    private string Write(string name, object node)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, FlexJson.Serialize(node, indented: true));
        return path;
    }

    [Test]
    public void The_gallery_s_request_files_of_one_notice_become_a_template_whose_samples_build_them()
    {
        var shipment = new ShipmentTracking();
        var files = shipment.SampleNames.Select(s => Write($"shipment-tracking.{s}.json", FlexSampleMessages.Request(shipment, s))).ToArray();
        var output = Path.Combine(_folder.FullName, "ShipmentNotice.cs");

        var run = Run(["codegen", .. files, "--template", "ShipmentNotice", "--namespace", "Shop.Notifications", "-o", output]);
        var code = File.ReadAllText(output);
        var made = (IFlexTemplate)Activator.CreateInstance(FlexCodeTests.Compile([code]).GetType("Shop.Notifications.ShipmentNotice")!)!;

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Error, Does.Contain("shipment-tracking.th.json: the sender and destinations are the caller's, so the template leaves them out."));
            Assert.That(code, Does.Contain("public sealed class ShipmentNotice : FlexTemplate<ShipmentNoticeModel>"));
            Assert.That(made.Name, Is.EqualTo("shipment-notice"));
            Assert.That(made.SampleNames, Is.EqualTo(new[] { "th", "ja", "en" }));
            foreach (var sample in shipment.SampleNames)
            {
                Assert.That(FlexJson.Serialize(made.BuildSample(sample).Content!), Is.EqualTo(FlexJson.Serialize(shipment.BuildSample(sample).Content!)), sample);
            }
        });
    }

    [TestCase("--template", "class", "error: \"class\" is a C# keyword; --template takes a name of its own")]
    [TestCase("--template", "Order-Shipped", "error: \"Order-Shipped\" is not a C# identifier; --template takes a name such as OrderShipped")]
    [TestCase("--namespace", "Shop.2go", "error: \"2go\" is not a C# identifier; --namespace takes a name such as OrderShipped")]
    public void A_name_that_would_not_compile_is_a_usage_error(string option, string value, string said)
    {
        var file = Write("en.json", Flex.Message().AltText("Hi").Bubble(b => b.Body(body => body.Text("Hi"))).Build().Content!);
        string[] args = option == "--template" ? ["codegen", file, "--template", value] : ["codegen", file, "--template", "Hello", option, value];

        var run = Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain(said));
            Assert.That(run.Output, Is.Empty);
        });
    }

    [Test]
    public void Files_of_different_designs_fail_naming_the_first_path_where_they_differ()
    {
        var en = Write("hello.en.json", Flex.Message().AltText("Hi").Bubble(b => b.Body(body => body.Text("Hi").Text("Bye"))).Build().Content!);
        var th = Write("hello.th.json", Flex.Message().AltText("Hi").Bubble(b => b.Body(body => body.Text("Hi").Text("Bye", t => t.Bold()))).Build().Content!);

        var run = Run("codegen", en, th, "--template", "Hello");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("error: hello.th.json is not the same design as hello.en.json: at contents.body.contents[1].weight it has \"BOLD\" where hello.en.json has nothing."));
            Assert.That(run.Output, Is.Empty);
        });
    }

    [Test]
    public void A_bare_bubble_needs_an_alt_text_and_a_content_refuses_one()
    {
        var bubble = Write("bubble.json", Flex.Bubble().Body(body => body.Text("Hi")).Build());
        var content = Write("content.json", Flex.Message().AltText("Hi").Bubble(b => b.Body(body => body.Text("Hi"))).Build().Content!);

        var bare = Run("codegen", bubble, "--template", "Hello");
        var given = Run("codegen", bubble, "--template", "Hello", "--alt-text", "Hello there");
        var twice = Run("codegen", content, "--template", "Hello", "--alt-text", "Hello there");

        Assert.Multiple(() =>
        {
            Assert.That(bare.ExitCode, Is.EqualTo(2));
            Assert.That(bare.Error, Does.Contain("give the fixed alt text with --alt-text"));
            Assert.That(given.ExitCode, Is.Zero, given.Error);
            Assert.That(given.Output, Does.Contain("message\n            .AltText(\"Hello there\")").Or.Contain("message.AltText(\"Hello there\")"));
            Assert.That(twice.ExitCode, Is.EqualTo(2));
            Assert.That(twice.Error, Does.Contain("carries its own alt text; leave --alt-text out."));
        });
    }

    [Test]
    public void More_files_without_a_template_name_are_a_usage_error()
    {
        var file = Write("en.json", Flex.Bubble().Body(body => body.Text("Hi")).Build());

        var run = Run("codegen", file, file);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("give its class name with --template OrderShipped"));
        });
    }
}
