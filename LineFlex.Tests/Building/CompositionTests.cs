namespace LineFlex.Tests.Building;

/// <summary>Composition: When and Apply on every builder, layered styles, rows from a sequence.</summary>
public class CompositionTests
{
    [Test]
    public void When_runs_then_on_a_true_condition_and_otherwise_on_a_false_one()
    {
        var shown = Flex.Box(BoxLayout.Vertical, b => b.When(true, x => x.Text("Discount"), x => x.Text("No discount")));
        var hidden = Flex.Box(BoxLayout.Vertical, b => b.When(false, x => x.Text("Discount"), x => x.Text("No discount")));

        Assert.That(((FlexText)shown.Contents![0]).Text, Is.EqualTo("Discount"));
        Assert.That(((FlexText)hidden.Contents![0]).Text, Is.EqualTo("No discount"));
    }

    [Test]
    public void When_without_otherwise_adds_nothing_on_a_false_condition()
    {
        var box = Flex.Box(BoxLayout.Vertical, b => b.Text("Total").When(false, x => x.Text("Discount")));

        Assert.That(box.Contents, Has.Count.EqualTo(1));
    }

    [Test]
    public void When_and_Apply_chain_on_the_request_message_bubble_text_and_span_builders()
    {
        static void Brand(BubbleBuilder b) => b.Header(h => h.Text("ACME"));
        var request = Flex.Request()
            .When(true, r => r.BulkId("bulk-1"))
            .Message(m => m
                .Sender("acme")
                .To("66812345678")
                .AltText("Hi")
                .When(false, x => x.CampaignReferenceId("never"))
                .Bubble(b => b
                    .Apply(Brand)
                    .Body(body => body.Text(t => t.Span("Hi", s => s.When(true, x => x.Bold())).Apply(x => x.Wrap())))))
            .Build();

        var message = request.Messages![0];
        var text = (FlexText)message.Content!.Contents!.Body!.Contents![0];
        Assert.That(request.Options!.Schedule!.BulkId, Is.EqualTo("bulk-1"));
        Assert.That(message.Options?.CampaignReferenceId, Is.Null);
        Assert.That(((FlexText)message.Content.Contents.Header!.Contents![0]).Text, Is.EqualTo("ACME"));
        Assert.That(text.Wrap, Is.True);
        Assert.That(text.Contents![0].Weight, Is.EqualTo(FontWeight.Bold));
    }

    [Test]
    public void Apply_runs_several_fragments_in_order()
    {
        static void First(BoxBuilder b) => b.Text("1");
        static void Second(BoxBuilder b) => b.Text("2");

        var box = Flex.Box(BoxLayout.Vertical, b => b.Apply(First, Second));

        Assert.That(box.Contents!.Cast<FlexText>().Select(t => t.Text), Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public void A_second_style_layer_adds_to_the_brand_style_without_throwing()
    {
        static void BrandStyle(BubbleStyleBuilder s) => s.Header(backgroundColor: "#06C755");

        var bubble = Flex.Bubble()
            .Body(b => b.Text("Hi"))
            .Style(BrandStyle)
            .Style(s => s.Header(separatorColor: "#FFFFFF").Body(backgroundColor: "#FFF8E1"))
            .Build();

        Assert.That(bubble.Style!.Header, Is.EqualTo(new BlockStyle { BackgroundColor = "#06C755", SeparatorColor = "#FFFFFF" }));
        Assert.That(bubble.Style.Body!.BackgroundColor, Is.EqualTo((FlexColor)"#FFF8E1"));
    }

    [Test]
    public void A_style_layer_that_changes_a_value_below_it_throws_naming_both_values()
    {
        var bubble = Flex.Bubble().Style(s => s.Header(backgroundColor: "#06C755"));

        var error = Assert.Throws<InvalidOperationException>(() => bubble.Style(s => s.Header(backgroundColor: "#000000")))!;

        Assert.That(error.Message, Does.StartWith("Style.Header.backgroundColor is already #06C755, set by an earlier style layer, and this layer sets it to #000000."));
    }

    [Test]
    public void A_style_layer_may_repeat_a_value_below_it()
    {
        var bubble = Flex.Bubble().Style(s => s.Body(separator: true).Body(separator: true)).Build();

        Assert.That(bubble.Style!.Body!.Separator, Is.True);
    }

    [Test]
    public void Rows_adds_a_horizontal_box_per_item()
    {
        var box = Flex.Box(BoxLayout.Vertical, b => b.Rows(new[] { "tea", "cake" }, (row, item) => row.Text(item)));

        Assert.That(box.Contents!.Cast<FlexBox>().Select(r => r.Layout), Is.EqualTo(new BoxLayout?[] { BoxLayout.Horizontal, BoxLayout.Horizontal }));
        Assert.That(box.Contents!.Cast<FlexBox>().Select(r => ((FlexText)r.Contents![0]).Text), Is.EqualTo(new[] { "tea", "cake" }));
    }

    [Test]
    public void Rows_with_a_max_shows_that_many_and_a_line_for_the_rest()
    {
        var items = Enumerable.Range(1, 30).ToList();

        var box = Flex.Box(BoxLayout.Vertical, b => b.Rows(items, (row, item) => row.Text($"#{item}"), max: 18, more: n => $"and {n} more", moreText: t => t.Size("sm")));

        Assert.That(box.Contents, Has.Count.EqualTo(19));
        Assert.That(box.Contents![18], Is.EqualTo(new FlexText { Text = "and 12 more", Size = "sm" }));
    }

    [Test]
    public void Rows_with_a_max_says_plus_n_more_by_default_and_nothing_when_all_fit()
    {
        var capped = Flex.Box(BoxLayout.Vertical, b => b.Rows(new[] { 1, 2, 3 }, (row, i) => row.Text($"{i}"), max: 2));
        var fits = Flex.Box(BoxLayout.Vertical, b => b.Rows(new[] { 1, 2 }, (row, i) => row.Text($"{i}"), max: 2));

        Assert.That(((FlexText)capped.Contents![2]).Text, Is.EqualTo("+1 more"));
        Assert.That(fits.Contents, Has.Count.EqualTo(2));
    }

    [Test]
    public void Rows_with_a_max_below_one_throws_naming_the_parameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Flex.Box(BoxLayout.Vertical, b => b.Rows(new[] { 1 }, (row, i) => row.Text("x"), max: 0)))!;

        Assert.That(error.ParamName, Is.EqualTo("max"));
    }
}
