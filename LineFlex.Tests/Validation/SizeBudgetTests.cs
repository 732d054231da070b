namespace LineFlex.Tests.Validation;

/// <summary>A bubble's size against 30 KB, and where the bytes are.</summary>
public class SizeBudgetTests
{
    private static FlexBubble Bubble(int rows, int length) =>
        Flex.Bubble()
            .Header(h => h.Text("Receipt"))
            .Body(b => b
                .Text("Items")
                .Rows(Enumerable.Range(0, rows), (row, i) => row.Text(new string('x', length))))
            .Build();

    [Test]
    public void The_total_is_the_compact_wire_size()
    {
        var bubble = Bubble(3, 10);

        var size = bubble.Measure();

        Assert.That(size.TotalBytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(bubble).Length));
        Assert.That(size.RemainingBytes, Is.EqualTo(30_000 - size.TotalBytes));
        Assert.That(size.Fits, Is.True);
    }

    [Test]
    public void The_bytes_noted_as_a_request_is_written_are_each_bubble_s_measured_size_and_change_no_byte()
    {
        var small = Bubble(3, 10);
        var foreign = Flex.Bubble()
            .Header(h => h.Text("ยืนยันคำสั่งซื้อ"))
            .Body(b => b.Text("ご予約を承りました 🍣").Text("\"quoted\"\n\u0001 \u2028 é"))
            .Build();
        var large = Bubble(400, 80);
        LineMessage Message(FlexBubble bubble) => Flex.Message().Sender("OFFICIAL-ACCOUNT-ID-123").To("66855538125").AltText("Receipt").Bubble(bubble).Build();
        var request = new LineRequest { Messages = [Message(small), Message(foreign), Message(large), Message(small)] };
        var bubbles = new WrittenBubbles(4);

        var bytes = FlexJson.SerializeToUtf8Bytes(request, bubbles);

        Assert.Multiple(() =>
        {
            Assert.That(bytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(request)));
            Assert.That(bubbles.BytesOf(foreign), Is.EqualTo(foreign.Measure().TotalBytes));
            Assert.That(bubbles.BytesOf(large), Is.EqualTo(large.Measure().TotalBytes).And.GreaterThan(30_000));
            Assert.That(bubbles.BytesOf(small), Is.EqualTo(small.Measure().TotalBytes));
            Assert.That(bubbles.BytesOf(Bubble(3, 10)), Is.Null, "an equal bubble that was not written");
        });
    }

    [Test]
    public void Thai_japanese_emoji_and_escaped_text_are_counted_in_the_utf8_bytes_sent()
    {
        var bubble = Flex.Bubble()
            .Header(h => h.Text("ยืนยันคำสั่งซื้อ"))
            .Body(b => b.Text("ご予約を承りました 🍣").Text("\"quoted\"\n\u0001 \u2028 é"))
            .Build();

        var size = bubble.Measure();

        Assert.That(size.TotalBytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(bubble).Length));
        Assert.That(size.Blocks.Single(b => b.Path == "body").Bytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(bubble.Body!).Length));
        Assert.That(size.HeaviestComponents.Single(c => c.Path == "header.contents[0]").Bytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(bubble.Header!.Contents![0]).Length));
    }

    [Test]
    public void Every_utf16_code_unit_is_counted_as_the_bytes_sent()
    {
        // Escaped ASCII, two- and three-byte characters, U+0085/U+2028/U+2029 (escaped), and lone surrogates, which
        // UTF-8 sends as the three-byte replacement character; a row per 256 code units keeps each text short.
        var texts = Enumerable.Range(0, 256).Select(high => new string(Enumerable.Range(high * 256, 256).Select(c => (char)c).ToArray()))
            .Append("pairs \U0001F600\U0001F389 and a pair split by an escape \uD83D\n\uDE00")
            .ToArray();
        var bubble = Flex.Bubble().Body(b =>
        {
            foreach (var text in texts)
            {
                b.Horizontal(row => row.Text(text));
            }
        }).Build();

        var size = bubble.Measure(components: 1000);

        Assert.That(size.TotalBytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(bubble).Length));
        for (var i = 0; i < texts.Length; i++)
        {
            var row = bubble.Body!.Contents![i];
            Assert.That(size.HeaviestComponents.Single(c => c.Path == $"body.contents[{i}]").Bytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(row).Length), $"row {i}");
        }
    }

    [Test]
    public void Each_part_is_measured_from_its_brace_to_its_brace()
    {
        var bubble = Bubble(2, 10);

        var size = bubble.Measure();

        var body = size.Blocks.Single(b => b.Path == "body");
        Assert.That(body.Bytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(bubble.Body!).Length));
        var row = size.HeaviestComponents.Single(c => c.Path == "body.contents[1]");
        Assert.That(row.Bytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(bubble.Body!.Contents![1]).Length));
    }

    [Test]
    public void The_heaviest_blocks_and_components_come_first()
    {
        var bubble = Flex.Bubble()
            .Header(h => h.Text("Hi"))
            .Body(b => b.Text("short").Text(new string('y', 500)))
            .Build();

        var size = bubble.Measure(components: 2);

        Assert.That(size.Blocks.Select(b => b.Path), Is.EqualTo(new[] { "body", "header" }));
        Assert.That(size.HeaviestComponents.Select(c => c.Path), Is.EqualTo(new[] { "body.contents[1]", "body.contents[0]" }));
    }

    [Test]
    public void A_nested_component_and_an_action_are_named_by_their_whole_path()
    {
        var bubble = Flex.Bubble()
            .Body(b => b
                .Text("a")
                .Horizontal(row => row.Text("b").Text(new string('z', 300)))
                .Button(Flex.Uri("Open", "https://example.com/" + new string('u', 200))))
            .Build();

        var size = bubble.Measure(components: 10);

        var nested = size.HeaviestComponents.Single(c => c.Path == "body.contents[1].contents[1]");
        var button = size.HeaviestComponents.Single(c => c.Path == "body.contents[2]");
        Assert.That(nested.Bytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(bubble.Body!.Contents![1] is FlexBox box ? box.Contents![1] : null!).Length));
        Assert.That(button.Bytes, Is.EqualTo(FlexJson.SerializeToUtf8Bytes(bubble.Body!.Contents![2]).Length));
        Assert.That(size.HeaviestComponents.Select(c => c.Path), Has.None.Contain("action"), "an action is not a component");
        Assert.That(size.Blocks.Select(b => b.Path), Is.EqualTo(new[] { "body" }));
    }

    [TestCase(0, false)]
    [TestCase(1, true)]
    public void LF507_counts_escaped_and_multibyte_text_to_the_byte(int over, bool found)
    {
        // A bubble of exactly 30,000 bytes, then one more: the validator's count, made without noting any part, is the
        // size of the UTF-8 sent to the byte, whatever its text needs (escapes, two-, three- and four-byte characters).
        const string Mixed = "ab\"\\\n\u0001\u2028é€🍣 ";
        FlexBubble Sized(int bytes)
        {
            var bubble = Flex.Bubble().Body(b => b.Text(Mixed).Text("x")).Build();
            var filler = bytes - FlexJson.SerializeToUtf8Bytes(bubble).Length + 1;
            return Flex.Bubble().Body(b => b.Text(Mixed).Text(new string('x', filler))).Build();
        }

        var bubble = Sized(30_000 + over);
        var findings = new FlexValidator().Validate(bubble).Findings.Where(f => f.Code == "LF507");

        Assert.That(FlexJson.SerializeToUtf8Bytes(bubble), Has.Length.EqualTo(30_000 + over));
        Assert.That(findings.Any(), Is.EqualTo(found));
    }

    [Test]
    public void LF507_names_the_heaviest_parts()
    {
        var bubble = Bubble(40, 800);

        var finding = new FlexValidator().Validate(bubble).Findings.Single(f => f.Code == "LF507");

        Assert.That(finding.Message, Does.Contain("The heaviest parts: body "));
        Assert.That(finding.Message, Does.Contain("body.contents["));
    }
}
