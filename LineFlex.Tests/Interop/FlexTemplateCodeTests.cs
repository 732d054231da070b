using LineFlex.Gallery;

namespace LineFlex.Tests.Interop;

/// <summary>
/// A template written from a design is proven as builder code is: compiled with Roslyn, and each of its samples built
/// and compared with the design it came from, as wire JSON, byte for byte.
/// </summary>
[TestFixture]
public sealed class FlexTemplateCodeTests
{
    private static readonly FlexTemplateCodeOptions Options = new() { ClassName = "OrderShipped", Namespace = "Shop.Notifications" };

    /// <summary>A shipment notice in one language, as a designer might hand it over.</summary>
    private static LineNotificationContent Shipped(string title, string order, string uri, string color = "#111111") =>
        Flex.Message().AltText($"Order {order} shipped").Bubble(b => b
            .Body(body => body
                .Text(title, t => t.Bold().Color(color))
                .Horizontal(row => row.Text("Order", t => t.Color("#8C8C8C")).Text(order, t => t.Align(FlexAlign.End))))
            .Footer(f => f.Button(Flex.Uri("Track package", uri))))
            .Build().Content!;

    [Test]
    public void Several_files_of_one_design_make_the_differing_texts_the_model_and_each_file_a_sample()
    {
        var samples = new[]
        {
            new FlexTemplateSample("en", Shipped("Your order has shipped", "US-10293", "https://example.com/track/1Z999")),
            new FlexTemplateSample("th", Shipped("จัดส่งสินค้าแล้ว", "TH-20461", "https://example.com/track/KEX123")),
        };

        var code = FlexTemplateCode.Generate(samples, Options);
        var template = Load(code, "Shop.Notifications.OrderShipped");

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Contain("namespace Shop.Notifications;"));
            Assert.That(code, Does.Contain("public sealed record OrderShippedModel(string YourOrderHasShipped, string Order, string TrackPackageUri);"));
            Assert.That(code, Does.Contain("message\n            .AltText($\"Order {model.Order} shipped\")"), "a text around another slot's value in every file is a pattern");
            Assert.That(code, Does.Contain("public sealed class OrderShipped : FlexTemplate<OrderShippedModel>"));
            Assert.That(code, Does.Contain(".Text(model.Order, t => t.Align(FlexAlign.End))"));
            Assert.That(code, Does.Contain(".Text(\"Order\", t => t.Color(\"#8C8C8C\"))"), "a text all files share stays fixed");
            Assert.That(template.Name, Is.EqualTo("order-shipped"));
            Assert.That(template.SampleNames, Is.EqualTo(new[] { "en", "th" }));
            foreach (var sample in samples)
            {
                Assert.That(FlexJson.Serialize(template.BuildSample(sample.Name).Content!), Is.EqualTo(FlexJson.Serialize(sample.Design)), sample.Name);
            }
        });
    }

    [Test]
    public void Every_gallery_sample_on_its_own_makes_a_template_that_builds_it_byte_for_byte()
    {
        var samples = LineFlex.Testing.FlexTemplateCase.All(typeof(Brand).Assembly).Select(c => c.Build().Content!).ToList();
        Assume.That(samples, Has.Count.GreaterThanOrEqualTo(30));
        var files = samples.Select((design, i) => FlexTemplateCode.Generate([new FlexTemplateSample("sample", design)], Options with { ClassName = "Design" + i })).ToList();
        var assembly = FlexCodeTests.Compile(files);

        Assert.Multiple(() =>
        {
            for (var i = 0; i < samples.Count; i++)
            {
                var made = (IFlexTemplate)Activator.CreateInstance(assembly.GetType("Shop.Notifications.Design" + i)!)!;
                Assert.That(FlexJson.Serialize(made.BuildSample("sample").Content!), Is.EqualTo(FlexJson.Serialize(samples[i])), files[i]);
            }
        });
    }

    [Test]
    public void The_gallery_s_shipment_notice_in_three_languages_makes_one_template_of_three_samples()
    {
        var shipment = new ShipmentTracking();
        var samples = shipment.SampleNames.Select(s => new FlexTemplateSample(s, shipment.BuildSample(s).Content!)).ToList();

        var code = FlexTemplateCode.Generate(samples, Options);
        var made = Load(code, "Shop.Notifications.OrderShipped");

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Contain("string TrackingNo,").And.Contain("string TrackingNoLabel,").And.Contain("string TrackPackageUri"));
            Assert.That(made.SampleNames, Is.EqualTo(new[] { "th", "ja", "en" }));
            foreach (var sample in samples)
            {
                Assert.That(FlexJson.Serialize(made.BuildSample(sample.Name).Content!), Is.EqualTo(FlexJson.Serialize(sample.Design)), sample.Name);
            }
        });
    }

    [Test]
    public void With_one_file_the_texts_and_URIs_holding_a_digit_become_the_model_and_the_rest_stays_fixed()
    {
        var design = Shipped("Your order has shipped", "US-10293", "https://example.com/track/1Z999");

        var code = FlexTemplateCode.Generate([new FlexTemplateSample("en", design)], Options);
        var template = Load(code, "Shop.Notifications.OrderShipped");

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Contain("public sealed record OrderShippedModel(string Order, string TrackPackageUri);"));
            Assert.That(code, Does.Contain(".Text(\"Your order has shipped\", t => t.Color(\"#111111\").Bold())"));
            Assert.That(code, Does.Contain("new(\"en\", new OrderShippedModel(\n            Order: \"US-10293\",\n            TrackPackageUri: \"https://example.com/track/1Z999\")),"));
            Assert.That(code, Does.Contain(".AltText($\"Order {model.Order} shipped\")"));
            Assert.That(FlexJson.Serialize(template.BuildSample("en").Content!), Is.EqualTo(FlexJson.Serialize(design)));
        });
    }

    [Test]
    public void A_value_shown_in_two_places_is_one_property()
    {
        var design = Flex.Message().AltText("A-1").Bubble(b => b.Body(body => body.Text("A-1").Text("Thanks").Text("A-1"))).Build().Content!;

        var code = FlexTemplateCode.Generate([new FlexTemplateSample("en", design)], Options);

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Contain("public sealed record OrderShippedModel(string AltText);"));
            Assert.That(code, Does.Contain(".Bubble(bubble => bubble.Body(body => body.Text(model.AltText).Text(\"Thanks\").Text(model.AltText)))"));
            Assert.That(FlexJson.Serialize(Load(code, "Shop.Notifications.OrderShipped").BuildSample("en").Content!), Is.EqualTo(FlexJson.Serialize(design)));
        });
    }

    [Test]
    public void A_pattern_keeps_its_braces_and_quotes_as_text()
    {
        var design = Flex.Message().AltText("{A-100} \"sent\"").Bubble(b => b.Body(body => body.Text("A-100"))).Build().Content!;

        var code = FlexTemplateCode.Generate([new FlexTemplateSample("en", design)], Options);

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Contain(".AltText($\"{{{model.Text}}} \\\"sent\\\"\")"));
            Assert.That(FlexJson.Serialize(Load(code, "Shop.Notifications.OrderShipped").BuildSample("en").Content!), Is.EqualTo(FlexJson.Serialize(design)));
        });
    }

    [Test]
    public void Bare_bubbles_take_a_fixed_alt_text()
    {
        var bubble = Shipped("Shipped", "A-1", "https://example.com/t/1").Contents!;

        var code = FlexTemplateCode.Generate([new FlexTemplateSample("en", bubble)], Options with { AltText = "Your order has shipped" });
        var built = Load(code, "Shop.Notifications.OrderShipped").BuildSample("en");

        Assert.Multiple(() =>
        {
            Assert.That(built.Content!.AltText, Is.EqualTo("Your order has shipped"));
            Assert.That(FlexJson.Serialize(built.Content.Contents!), Is.EqualTo(FlexJson.Serialize(bubble)));
            Assert.That(
                () => FlexTemplateCode.Generate([new FlexTemplateSample("en", bubble)], Options),
                Throws.ArgumentException.With.Message.Contains("A bubble has no alt text"));
        });
    }

    [Test]
    public void Files_of_different_designs_are_refused_at_the_first_path_where_they_differ()
    {
        var en = new FlexTemplateSample("en", Shipped("Shipped", "A-1", "https://example.com/t/1")) { Source = "en.json" };
        var recoloured = new FlexTemplateSample("th", Shipped("Shipped", "A-2", "https://example.com/t/2", color: "#FF0000")) { Source = "th.json" };
        var longer = new FlexTemplateSample("ja", Flex.Message().AltText("x").Bubble(b => b.Body(body => body.Text("x").Text("y"))).Build().Content!) { Source = "ja.json" };

        Assert.Multiple(() =>
        {
            Assert.That(
                () => FlexTemplateCode.Generate([en, recoloured], Options),
                Throws.ArgumentException.With.Message.StartsWith("th.json is not the same design as en.json: at contents.body.contents[0].color it has \"#FF0000\" where en.json has \"#111111\"."));
            Assert.That(
                () => FlexTemplateCode.Generate([en, longer], Options),
                Throws.ArgumentException.With.Message.StartsWith("ja.json is not the same design as en.json: at contents.body.contents[0].color it has nothing where en.json has \"#111111\"."));
        });
    }

    [TestCase("class", "is a C# keyword")]
    [TestCase("Order Shipped", "is not a C# identifier")]
    [TestCase("FlexBubble", "is the name of a LineFlex type")]
    public void A_class_name_that_would_not_compile_is_refused(string name, string why)
    {
        Assert.That(
            () => FlexTemplateCode.Generate([new FlexTemplateSample("en", Shipped("x", "1", "https://example.com"))], Options with { ClassName = name }),
            Throws.ArgumentException.With.Message.Contains(why));
    }

    [Test]
    public void A_namespace_part_that_would_not_compile_is_refused()
    {
        Assert.That(
            () => FlexTemplateCode.Generate([new FlexTemplateSample("en", Shipped("x", "1", "https://example.com"))], Options with { Namespace = "Shop.namespace" }),
            Throws.ArgumentException.With.Message.Contains("\"namespace\" is a C# keyword"));
    }

    private static IFlexTemplate Load(string code, string type) =>
        (IFlexTemplate)Activator.CreateInstance(FlexCodeTests.Compile([code]).GetType(type) ?? throw new InvalidOperationException(code))!;
}
