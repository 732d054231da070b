namespace LineFlex.Tests.Building;

/// <summary>The builder: containers take lambdas, leaves chain, slots fill once, nothing leaks.</summary>
public class BuilderTests
{
    [Test]
    public void The_brief_line_builds_a_header_holding_the_given_box()
    {
        var bubble = Flex.Bubble().Header(h => h.Box(BoxLayout.Horizontal, row => row.Text("Hi"))).Build();

        var expected = new FlexBox
        {
            Layout = BoxLayout.Vertical,
            Contents =
            [
                new FlexBox { Layout = BoxLayout.Horizontal, Contents = [new FlexText { Text = "Hi" }] },
            ],
        };
        Assert.That(bubble.Header, Is.EqualTo(expected));
    }

    [Test]
    public void Leaves_chain_and_keep_their_order()
    {
        var body = Flex.Box(BoxLayout.Vertical, b => b.Text("Hi").Separator().Text("there"));

        Assert.That(body.Contents!.Select(c => c.Type), Is.EqualTo(new[] { ComponentType.Text, ComponentType.Separator, ComponentType.Text }));
    }

    [Test]
    public void Header_called_twice_throws_a_teaching_error()
    {
        var bubble = Flex.Bubble().Header(h => h.Text("One"));

        var error = Assert.Throws<InvalidOperationException>(() => bubble.Header(h => h.Text("Two")))!;

        Assert.That(error.Message, Is.EqualTo("Bubble.Header was already set. Call Header(...) once; compose several boxes inside it."));
    }

    [Test]
    public void Body_and_footer_called_twice_throw()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<InvalidOperationException>(() => Flex.Bubble().Body(b => b.Text("1")).Body(b => b.Text("2")));
            Assert.Throws<InvalidOperationException>(() => Flex.Bubble().Footer(b => b.Text("1")).Footer(b => b.Text("2")));
            Assert.Throws<InvalidOperationException>(() => Flex.Bubble().Style(s => s.Body("#FFFFFF")).Style(s => s.Body("#000000")));
            Assert.Throws<InvalidOperationException>(() => Flex.Bubble().Style(s => s.Body("#FFFFFF").Body("#000000")));
        });
    }

    [Test]
    public void A_components_action_set_twice_throws_a_teaching_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Flex.Text("x", t => t.Uri("a", "https://example.com/a").Postback("b", "b=1")))!;

        Assert.That(error.Message, Does.StartWith("TEXT.Action was already set."));
    }

    [Test]
    public void A_messages_bubble_set_twice_throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Flex.Message().Bubble(b => b.Body(x => x.Text("1"))).Bubble(b => b.Body(x => x.Text("2"))))!;

        Assert.That(error.Message, Does.Contain("one bubble"));
    }

    [Test]
    public void What_build_returns_does_not_change_with_later_builder_calls()
    {
        var builder = Flex.Request().Message(m => m.Sender("S").To("1"));
        var first = builder.Build();

        builder.Message(m => m.Sender("T").To("2")).BulkId("later");

        Assert.Multiple(() =>
        {
            Assert.That(first.Messages, Has.Count.EqualTo(1));
            Assert.That(first.Options, Is.Null);
            Assert.That(builder.Build().Messages, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Two_trees_built_the_same_way_are_equal_with_equal_hash_codes()
    {
        var first = TestData.EveryOptionRequest();
        var second = TestData.EveryOptionRequest();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(second.GetHashCode(), Is.EqualTo(first.GetHashCode()));
            Assert.That(ReferenceEquals(first.Messages, second.Messages), Is.False);
        });
    }

    [Test]
    public void A_tree_that_differs_deep_down_is_not_equal()
    {
        var first = TestData.EveryBubbleProperty();
        var second = first with
        {
            Body = first.Body! with { Contents = [new FlexText { Text = "Body!" }] },
        };

        Assert.That(second, Is.Not.EqualTo(first));
    }

    [Test]
    public void With_tweaks_a_copy_and_leaves_the_original()
    {
        var bubble = TestData.EveryBubbleProperty();

        var smaller = bubble with { Size = BubbleSize.Nano };

        Assert.Multiple(() =>
        {
            Assert.That(bubble.Size, Is.EqualTo(BubbleSize.Kilo));
            Assert.That(smaller.Size, Is.EqualTo(BubbleSize.Nano));
            Assert.That(smaller.Body, Is.SameAs(bubble.Body));
        });
    }

    [Test]
    public void Built_components_compose_as_fragments()
    {
        static FlexBox PriceRow(string label, string price) =>
            Flex.Box(BoxLayout.Horizontal, row => row
                .Text(label, t => t.Color("#555555"))
                .Text(price, t => t.Align(FlexAlign.End).Bold()));

        Action<BoxBuilder> divider = b => b.Separator(s => s.Margin("md"));

        var body = Flex.Box(BoxLayout.Vertical, b => b
            .Add(PriceRow("Subtotal", "$10"))
            .Apply(divider)
            .Add([PriceRow("Tax", "$1"), PriceRow("Total", "$11")]));

        Assert.Multiple(() =>
        {
            Assert.That(body.Contents, Has.Count.EqualTo(4));
            Assert.That(body.Contents![0], Is.EqualTo(PriceRow("Subtotal", "$10")));
            Assert.That(body.Contents[1], Is.EqualTo(new FlexSeparator { Margin = FlexSpacing.Md }));
        });
    }

    [Test]
    public void A_text_made_of_spans_has_no_text_property()
    {
        var text = Flex.Text(t => t.Span("Hello ").Span("world", s => s.Bold()));

        Assert.Multiple(() =>
        {
            Assert.That(text.Text, Is.Null);
            Assert.That(text.Contents!.Select(s => s.Text), Is.EqualTo(new[] { "Hello ", "world" }));
        });
    }

    [Test]
    public void A_box_always_writes_its_contents_even_when_empty()
    {
        var box = Flex.Box(BoxLayout.Vertical, _ => { });

        Assert.That(FlexJson.Serialize(box), Is.EqualTo("{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[]}"));
    }

    [Test]
    public void Null_arguments_name_the_parameter()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Flex.Box(BoxLayout.Vertical, b => b.Text((string)null!)))!;

        Assert.That(error.ParamName, Is.EqualTo("text"));
    }

    [Test]
    public void A_negative_flex_or_max_lines_throws_at_the_call_site()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Flex.Text("x", t => t.Flex(-1)));
            Assert.Throws<ArgumentOutOfRangeException>(() => Flex.Text("x", t => t.MaxLines(-1)));
        });
    }

    [Test]
    public void Offsets_set_one_by_one_keep_each_other()
    {
        var text = Flex.Text("x", t => t.OffsetTop("1px").OffsetStart("2px"));

        Assert.Multiple(() =>
        {
            Assert.That(text.OffsetTop, Is.EqualTo(FlexOffset.Px(1)));
            Assert.That(text.OffsetStart, Is.EqualTo(FlexOffset.Px(2)));
        });
    }

    [Test]
    public void A_template_is_a_plain_method_that_takes_data_and_returns_a_model()
    {
        var message = Templates.OrderShipped(new Templates.Order("42", "66855538125", "https://example.com/track/42"));

        Assert.Multiple(() =>
        {
            Assert.That(message.Destinations![0], Is.EqualTo(new LineDestination { To = "66855538125", MessageId = "order-42" }));
            Assert.That(message, Is.EqualTo(Templates.OrderShipped(new Templates.Order("42", "66855538125", "https://example.com/track/42"))));
        });
    }

    private static class Templates
    {
        public sealed record Order(string Id, string Phone, string TrackingUrl);

        public static LineMessage OrderShipped(Order order) =>
            Flex.Message()
                .Sender("OFFICIAL-ACCOUNT-ID-123")
                .To(order.Phone, messageId: $"order-{order.Id}")
                .AltText($"Order {order.Id} has shipped.")
                .Bubble(b => b
                    .Body(body => body.Text($"Order {order.Id} has shipped.", t => t.Bold().Wrap()))
                    .Footer(f => f.Button(Flex.Uri("Track", order.TrackingUrl), button => button.Style(ButtonStyle.Primary))))
                .Build();
    }
}
