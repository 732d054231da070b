namespace LineFlex.Tests.Building;

/// <summary>
/// A box reuses the builders of its child boxes and texts, child after child, and a thread reuses the builders its
/// lambdas are handed (a message's, a bubble's, a block's), build after build; no node may see another's values.
/// </summary>
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
    public void A_message_built_after_a_full_one_has_none_of_its_values()
    {
        Flex.Request().Message(m => m
            .Sender("first").To("66800000001", messageId: "a").To("66800000002").AltText("First")
            .ValidityPeriod(2, ValidityPeriodTimeUnit.Hours).CampaignReferenceId("c-1").Webhooks(w => w.CallbackData("x"))
            .Bubble(b => b.Size(BubbleSize.Kilo).Header(h => h.Text("head")).Body(BoxLayout.Horizontal, body => body.Spacing("md").Text("one"))
                .Footer(f => f.Text("foot")).Style(s => s.Body(backgroundColor: "#FFFFFF"))))
            .Build();

        var second = Flex.Request().Message(m => m.Sender("second").To("66800000003").AltText("Second").Bubble(b => b.Body(body => body.Text("two")))).Build();

        Assert.That(FlexJson.Serialize(second), Is.EqualTo(
            """{"messages":[{"sender":"second","destinations":[{"to":"66800000003"}],"content":{"type":"LINE_NOTIFICATION","altText":"Second","contents":{"type":"BUBBLE","body":{"type":"BOX","layout":"VERTICAL","contents":[{"type":"TEXT","text":"two"}]}}}}]}"""));
    }

    [Test]
    public void A_message_after_one_a_template_filled_has_no_origin()
    {
        var templated = Flex.Request().Message(m => m.Sender("acc").To("66800000001").Template(new Templates.Greeting(), "Somchai")).Build();

        var plain = Flex.Request().Message(m => m.Sender("acc").To("66800000001").AltText("Hi").Bubble(b => b.Body(body => body.Text("Hi")))).Build();

        Assert.Multiple(() =>
        {
            Assert.That(templated.Messages![0].Origin?.Template, Is.EqualTo("greeting"));
            Assert.That(plain.Messages![0].Origin, Is.Null);
        });
    }

    [Test]
    public void Building_a_message_bubble_and_block_inside_another_one_uses_builders_of_their_own()
    {
        LineRequest inner = null!;
        FlexBox aside = null!;
        var outer = Flex.Request().Message(m => m
            .Sender("outer")
            .Bubble(b =>
            {
                b.Body(body =>
                {
                    body.Text("outer body");
                    inner = Flex.Request().Message(n => n.Sender("inner").AltText("Inner").Bubble(ib => ib.Body(ibody => ibody.Text("inner body")))).Build();
                    aside = Flex.Box(BoxLayout.Baseline, x => x.Text("aside"));
                    body.Add(aside);
                });
            })
            .AltText("Outer")
            .To("66800000001"))
            .Build();

        Assert.Multiple(() =>
        {
            Assert.That(FlexJson.Serialize(outer), Is.EqualTo(
                """{"messages":[{"sender":"outer","destinations":[{"to":"66800000001"}],"content":{"type":"LINE_NOTIFICATION","altText":"Outer","contents":{"type":"BUBBLE","body":{"type":"BOX","layout":"VERTICAL","contents":[{"type":"TEXT","text":"outer body"},{"type":"BOX","layout":"BASELINE","contents":[{"type":"TEXT","text":"aside"}]}]}}}}]}"""));
            Assert.That(FlexJson.Serialize(inner), Is.EqualTo(
                """{"messages":[{"sender":"inner","destinations":[],"content":{"type":"LINE_NOTIFICATION","altText":"Inner","contents":{"type":"BUBBLE","body":{"type":"BOX","layout":"VERTICAL","contents":[{"type":"TEXT","text":"inner body"}]}}}}]}"""));
        });
    }

    [Test]
    public void A_block_whose_lambda_threw_leaves_nothing_in_the_next_one()
    {
        Assert.Throws<InvalidOperationException>(() => Flex.Bubble().Body(body =>
        {
            body.Spacing("xl").Horizontal(row => row.Text("half"));
            throw new InvalidOperationException("a template failed");
        }));

        var bubble = Flex.Bubble().Body(body => body.Text("whole")).Build();

        Assert.That(bubble.Body, Is.EqualTo(new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = "whole" }] }));
    }
}
