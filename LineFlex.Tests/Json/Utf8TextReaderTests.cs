using System.Text;

namespace LineFlex.Tests.Json;

/// <summary>UTF-8 bytes are read as text a slice at a time, whatever room each read gives.</summary>
public class Utf8TextReaderTests
{
    private const string Text = "{\"text\":\"ご注文 🎉 ok\u00e9\"}";

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(1024)]
    public void Reads_of_any_room_give_the_text(int room)
    {
        var reader = new Utf8TextReader(Encoding.UTF8.GetBytes(Text));
        var read = new StringBuilder();
        var buffer = new char[room];
        int count;
        while ((count = reader.Read(buffer, 0, room)) > 0)
        {
            read.Append(buffer, 0, count);
        }

        Assert.That(read.ToString(), Is.EqualTo(Text));
    }

    [Test]
    public void Peek_and_read_one_character_at_a_time_give_the_text()
    {
        var reader = new Utf8TextReader(Encoding.UTF8.GetBytes(Text));
        var read = new StringBuilder();
        while (reader.Peek() is var next and >= 0)
        {
            Assert.That(reader.Read(), Is.EqualTo(next));
            read.Append((char)next);
        }

        Assert.That(read.ToString(), Is.EqualTo(Text));
    }

    [Test]
    public void A_document_read_from_bytes_gives_the_errors_of_the_same_text()
    {
        const string json = "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"TEXT\",\"text\":\"ご注文 🎉\",\"colour\":\"#000000\"}]}}";

        var fromText = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBubble>(json))!;
        var fromBytes = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBubble>(Encoding.UTF8.GetBytes(json)))!;

        Assert.Multiple(() =>
        {
            Assert.That(fromBytes.Message, Is.EqualTo(fromText.Message));
            Assert.That(fromBytes.Message, Does.Contain("colour").And.Contain("color"));
        });
    }
}
