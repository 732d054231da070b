using System.Buffers;
using System.Text;

namespace LineFlex.Tests.Json;

/// <summary>The UTF-8 bytes are written directly, without text in between, and are the text's bytes in UTF-8.</summary>
public class Utf8WritingTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static IEnumerable<TestCaseData> Texts()
    {
        yield return new TestCaseData("plain ASCII").SetName("Plain ASCII");
        yield return new TestCaseData("ご注文ありがとうございます 🎉 Ünïcödé").SetName("Two, three and four bytes a character");
        yield return new TestCaseData("quote \" backslash \\ newline \n tab \t nul \u0000 unit separator \u001f next line \u0085 \u2028 \u2029").SetName("Every kind of escape");
        yield return new TestCaseData("lone high \ud83c then lone low \udf89 then a pair \ud83c\udf89").SetName("Lone surrogates become U+FFFD as an encoder writes them");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("日本語のテキスト🎉\"", 3000))).SetName("Text longer than a buffer, escapes and surrogate pairs across its slices");
        yield return new TestCaseData(new string(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray()) + "\U0001F600 end").SetName("Every UTF-16 code unit");
    }

    [TestCaseSource(nameof(Texts))]
    public void The_bytes_are_the_text_in_UTF8(string value)
    {
        var bubble = Flex.Bubble().Body(b => b.Add(new FlexText { Text = value }).Text("second")).Build();
        var expected = Utf8.GetBytes(FlexJson.Serialize(bubble));

        Assert.Multiple(() =>
        {
            Assert.That(FlexJson.SerializeToUtf8Bytes(bubble), Is.EqualTo(expected));
            Assert.That(ToStream(bubble), Is.EqualTo(expected));
            Assert.That(ToBufferWriter(bubble), Is.EqualTo(expected));
        });
    }

    [Test]
    public void A_request_of_many_rows_spans_several_buffers_and_keeps_every_byte()
    {
        var request = Flex.Request()
            .Message(m => m.Sender("OFFICIAL-ACCOUNT-ID-123").To("66855538125").AltText("Rows")
                .Bubble(b => b.Body(body =>
                {
                    for (var i = 0; i < 2000; i++)
                    {
                        body.Text($"Row {i} ✓");
                    }
                })))
            .Build();

        Assert.That(FlexJson.SerializeToUtf8Bytes(request), Is.EqualTo(Utf8.GetBytes(FlexJson.Serialize(request))));
    }

    [Test]
    public void A_buffer_writer_is_appended_to_and_left_untouched_when_the_node_cannot_be_written()
    {
        var output = new ArrayBufferWriter<byte>();
        output.Write("prefix:"u8);
        FlexJson.Serialize(output, Flex.Text("Hi"));
        var unwritable = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = "a" }, null!] };

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetString(output.WrittenSpan), Is.EqualTo("prefix:{\"type\":\"TEXT\",\"text\":\"Hi\"}"));
            Assert.That(() => FlexJson.Serialize(output, unwritable), Throws.ArgumentException.With.Message.Contains("contents[1]"));
            Assert.That(output.WrittenCount, Is.EqualTo("prefix:{\"type\":\"TEXT\",\"text\":\"Hi\"}".Length));
        });
    }

    private static byte[] ToStream(object node)
    {
        using var stream = new MemoryStream();
        FlexJson.Serialize(stream, node);
        return stream.ToArray();
    }

    private static byte[] ToBufferWriter(object node)
    {
        var output = new ArrayBufferWriter<byte>(16);
        FlexJson.Serialize(output, node);
        return output.WrittenSpan.ToArray();
    }
}
