namespace LineFlex.Tests.Building;

/// <summary>A box reuses the builders of its child boxes and texts, child after child; no child may see another's values.</summary>
public class BuilderReuseTests
{
    [Test]
    public void A_text_built_after_a_configured_sibling_has_none_of_its_values()
    {
        var box = Flex.Box(BoxLayout.Horizontal, row => row
            .Text("a", t => t.Bold().Color("#111111").Flex(2).Wrap())
            .Text("b", t => t.Align(FlexAlign.End)));

        Assert.That(box.Contents![1], Is.EqualTo(new FlexText { Text = "b", Align = FlexAlign.End }));
    }

    [Test]
    public void A_box_built_after_a_configured_sibling_has_none_of_its_values_or_children()
    {
        var body = Flex.Box(BoxLayout.Vertical, b => b
            .Horizontal(row => row.Spacing("md").BackgroundColor("#eeeeee").Text("a").Vertical(inner => inner.Text("deep")))
            .Baseline(row => row.Text("b")));

        Assert.That(body.Contents![1], Is.EqualTo(new FlexBox { Layout = BoxLayout.Baseline, Contents = [new FlexText { Text = "b" }] }));
        Assert.That(((FlexBox)body.Contents[0]).Contents, Has.Count.EqualTo(2));
    }

    [Test]
    public void Adding_to_a_box_while_one_of_its_children_is_being_built_uses_a_builder_of_its_own()
    {
        var body = Flex.Box(BoxLayout.Vertical, b => b
            .Horizontal(row =>
            {
                row.Text("left");
                b.Horizontal(other => other.Text("other", t => b.Text("beside", s => s.Bold())));
                row.Text("right", t => t.Align(FlexAlign.End));
            }));

        Assert.That(FlexJson.Serialize(body), Is.EqualTo(
            """{"type":"BOX","layout":"VERTICAL","contents":[{"type":"TEXT","text":"beside","weight":"BOLD"},{"type":"BOX","layout":"HORIZONTAL","contents":[{"type":"TEXT","text":"other"}]},{"type":"BOX","layout":"HORIZONTAL","contents":[{"type":"TEXT","text":"left"},{"type":"TEXT","text":"right","align":"END"}]}]}"""));
    }

    [Test]
    public void A_child_whose_lambda_threw_leaves_nothing_in_the_next_one()
    {
        var body = Flex.Box(BoxLayout.Vertical, b =>
        {
            Assert.Throws<InvalidOperationException>(() => b.Horizontal(row => { row.Text("half", t => t.Bold()); throw new InvalidOperationException("a template failed"); }));
            b.Horizontal(row => row.Text("whole"));
        });

        Assert.That(body.Contents, Is.EqualTo(new FlexComponent[] { new FlexBox { Layout = BoxLayout.Horizontal, Contents = [new FlexText { Text = "whole" }] } }));
    }

    [Test]
    public void A_box_or_text_built_after_a_sibling_with_rare_values_has_none_of_them()
    {
        var body = Flex.Box(BoxLayout.Vertical, b => b
            .Horizontal(row => row.PaddingTop("md").CornerRadius("lg").OffsetTop("4px").Text("a", t => t.Position(FlexPosition.Absolute).OffsetStart("2px").Gravity(FlexGravity.Center).MaxLines(2)))
            .Horizontal(row => row.Text("b")));

        Assert.Multiple(() =>
        {
            Assert.That(body.Contents![1], Is.EqualTo(new FlexBox { Layout = BoxLayout.Horizontal, Contents = [new FlexText { Text = "b" }] }));
            Assert.That(body.Contents[0], Is.EqualTo(new FlexBox
            {
                Layout = BoxLayout.Horizontal,
                PaddingTop = "md",
                CornerRadius = "lg",
                OffsetTop = "4px",
                Contents = [new FlexText { Text = "a", Position = FlexPosition.Absolute, OffsetStart = "2px", Gravity = FlexGravity.Center, MaxLines = 2 }],
            }));
        });
    }

    [Test]
    public void Rows_of_different_lengths_built_by_one_reused_builder_keep_their_own_children()
    {
        int[] lengths = [2, 3, 1, 4, 2];
        var body = Flex.Box(BoxLayout.Vertical, b =>
        {
            foreach (var length in lengths)
            {
                b.Horizontal(row =>
                {
                    for (var i = 0; i < length; i++)
                    {
                        row.Text($"{length}.{i}");
                    }
                });
            }
        });

        var texts = body.Contents!.Select(row => ((FlexBox)row).Contents!.Select(c => ((FlexText)c).Text).ToArray()).ToArray();

        Assert.That(texts, Is.EqualTo(lengths.Select(length => Enumerable.Range(0, length).Select(i => $"{length}.{i}").ToArray()).ToArray()));
    }

    [Test]
    public void A_list_handed_to_one_build_is_not_changed_by_adding_to_the_builder_after_it()
    {
        var builder = Flex.Message().Sender("S").To("1");
        var first = builder.Build();

        builder.To("2");
        var second = builder.Build();
        builder.To("3");

        Assert.Multiple(() =>
        {
            Assert.That(first.Destinations!.Select(d => d.To), Is.EqualTo(new[] { "1" }));
            Assert.That(second.Destinations!.Select(d => d.To), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(builder.Build().Destinations!.Select(d => d.To), Is.EqualTo(new[] { "1", "2", "3" }));
        });
    }
}
