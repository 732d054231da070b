using Microsoft.Extensions.DependencyInjection;

namespace LineFlex.Tests.Templates;

/// <summary>A template: a stable name, samples, a message built from a model, a registry that finds it.</summary>
public class TemplateTests
{
    [Test]
    public void A_template_builds_the_parts_it_owns_and_the_caller_adds_sender_and_destinations()
    {
        var template = new Greeting();

        var message = Flex.Message().Sender("acme").To("66812345678").Template(template, "Somchai").Build();

        Assert.That(message.Content!.AltText, Is.EqualTo("Hello Somchai"));
        Assert.That(message.Sender, Is.EqualTo("acme"));
        Assert.That(template.Build("Somchai").Content, Is.EqualTo(message.Content));
        Assert.That(template.Build("Somchai").Destinations, Is.Empty);
    }

    [Test]
    public void Samples_are_found_by_name_and_a_missing_one_lists_the_names_there_are()
    {
        IFlexTemplate template = new Greeting();

        Assert.That(template.SampleNames, Is.EqualTo(new[] { "th", "en" }));
        Assert.That(template.BuildSample("th").Content!.AltText, Is.EqualTo("Hello สมชาย"));
        var error = Assert.Throws<ArgumentException>(() => template.BuildSample("fr"))!;
        Assert.That(error.Message, Does.StartWith("Template \"greeting\" has no sample \"fr\"; its samples are th, en."));
    }

    [Test]
    public void The_registry_finds_the_public_templates_of_an_assembly_by_name()
    {
        var registry = FlexTemplateRegistry.FromAssembly(typeof(TemplateTests).Assembly);

        Assert.That(registry.Get("greeting"), Is.InstanceOf<Greeting>());
        Assert.That(registry.Get<string>("greeting").Name, Is.EqualTo("greeting"));
        Assert.That(registry.TryGet("nope", out _), Is.False);
    }

    [Test]
    public void Two_templates_with_one_name_are_refused_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => new FlexTemplateRegistry([new Greeting(), new Greeting()]))!;

        Assert.That(error.Message, Does.StartWith("Templates Greeting and Greeting are both named \"greeting\"."));
    }

    [Test]
    public void A_template_name_that_a_file_cannot_carry_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new FlexTemplateRegistry([new BadlyNamed()]))!;

        Assert.That(error.Message, Does.StartWith("Template BadlyNamed is named \"Order Shipped!\"."));
    }

    [Test]
    public void An_unknown_template_name_lists_the_names_there_are()
    {
        var registry = new FlexTemplateRegistry([new Greeting()]);

        var error = Assert.Throws<KeyNotFoundException>(() => registry.Get("greting"))!;

        Assert.That(error.Message, Is.EqualTo("There is no template \"greting\". The templates are greeting."));
    }
}

/// <summary>A template of the tests' own assembly, for the registry to find.</summary>
public sealed class Greeting : FlexTemplate<string>
{
    public override string Name => "greeting";

    public override string Description => "Greets a member by name.";

    public override IEnumerable<FlexSample<string>> Samples => [new("th", "สมชาย"), new("en", "Somchai")];

    protected override void Compose(MessageBuilder message, string model) =>
        message.AltText($"Hello {model}").Bubble(b => b.Body(body => body.Text($"Hello {model}")));
}

/// <summary>A template whose name a registry refuses.</summary>
internal sealed class BadlyNamed : FlexTemplate<int>
{
    public override string Name => "Order Shipped!";

    public override string Description => "Named the way a file cannot be.";

    public override IEnumerable<FlexSample<int>> Samples => [new("one", 1)];

    protected override void Compose(MessageBuilder message, int model) => message.AltText("x");
}

/// <summary>Templates registered with dependency injection.</summary>
public class TemplateServiceTests
{
    [Test]
    public void AddFlexTemplates_registers_the_registry_and_each_template_by_its_type()
    {
        var services = new ServiceCollection();

        services.AddFlexTemplates(typeof(TemplateServiceTests).Assembly);
        using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<FlexTemplateRegistry>();
        var greeting = provider.GetRequiredService<Greeting>();
        Assert.That(registry.Get("greeting"), Is.SameAs(greeting));
    }
}
