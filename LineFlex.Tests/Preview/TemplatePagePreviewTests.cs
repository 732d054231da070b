namespace LineFlex.Tests.Preview;

/// <summary><see cref="FlexPreview.Render(FlexTemplateRegistry, PreviewOptions?)"/>: every sample of every template on one page.</summary>
public sealed class TemplatePagePreviewTests
{
    private sealed record Greeting(string Name);

    private sealed class Hello : FlexTemplate<Greeting>
    {
        public override string Name => "hello";

        public override string Description => "Greets <someone>.";

        public override IEnumerable<FlexSample<Greeting>> Samples => [new("en", new Greeting("Ann")), new("broken", new Greeting(""))];

        protected override void Compose(MessageBuilder message, Greeting greeting) =>
            message.AltText("Hi").Bubble(b => b.Body(body => body.Text(greeting.Name.Length > 0 ? "Hello " + greeting.Name : throw new InvalidOperationException("No name to greet."))));
    }

    private sealed class NoSamples : FlexTemplate<Greeting>
    {
        public override string Name => "no-samples";

        public override string Description => "Has none.";

        public override IEnumerable<FlexSample<Greeting>> Samples => [];

        protected override void Compose(MessageBuilder message, Greeting greeting) => message.AltText("Hi");
    }

    [Test]
    public void Each_template_gets_a_section_and_each_sample_a_card_and_a_failing_one_an_error_in_its_place()
    {
        var html = FlexPreview.Render(new FlexTemplateRegistry([new Hello(), new NoSamples()]), new PreviewOptions { LoadImages = false });

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<title>LineFlex templates</title>").And.Contain("<h1>2 template(s)</h1>"));
            Assert.That(html, Does.Contain("<section class=\"lf-entry\" id=\"hello\">\n<h2>hello</h2>\n<p class=\"lf-report\">Greets &lt;someone&gt;.</p>"));
            Assert.That(html, Does.Contain("<h2 id=\"hello.en\">hello.en</h2>").And.Contain("Hello Ann"));
            Assert.That(html, Does.Contain("<p class=\"lf-error\">hello could not build its sample &quot;broken&quot;: InvalidOperationException: No name to greet.</p>"));
            Assert.That(html, Does.Contain("<p class=\"lf-error\">no-samples could not list its samples: InvalidOperationException: Template &quot;no-samples&quot; has no samples."));
            Assert.That(html.Split("<section class=\"lf-card\"").Length - 1, Is.EqualTo(1));
        });
    }
}
