using System.Text;
using Newtonsoft.Json;

namespace LineFlex.Tests.Transport.Parsing;

/// <summary>
/// A send's answer read with <see cref="SendResultReader"/> is the result Newtonsoft's serializer reads from the same
/// bytes, and every body it does not read in its own form is left to the serializer.
/// </summary>
public class SendResultReaderTests
{
    private const string Accepted =
        """{"bulkId":"b-1","messages":[{"messageId":"m-1","status":{"groupId":1,"groupName":"PENDING","id":26,"name":"PENDING_ACCEPTED","description":"Message sent to next instance"},"destination":"66855538125"}]}""";

    private static IEnumerable<TestCaseData> ReadBodies()
    {
        yield return new TestCaseData(Accepted).SetName("The reference answer is read as the serializer reads it");
        yield return new TestCaseData("""{"bulkId":"b","messages":[]}""").SetName("An empty message list is read");
        yield return new TestCaseData("{}").SetName("An empty object is read with no bulk id and no messages");
        yield return new TestCaseData("""{"bulkId":null,"messages":null}""").SetName("Nulls are read as absent");
        yield return new TestCaseData(""" { "messages" : [ { "messageId" : "m" , "status" : null } ] } """).SetName("Whitespace anywhere is read");
        yield return new TestCaseData("""{"messages":[{"status":{"groupId":-3,"id":2147483647,"action":"retry"}}]}""").SetName("The action and the limits of an int are read");
        yield return new TestCaseData("""{"bulkId":"a\u00e9\n\"\/","messages":[{"destination":"\u0036\u0036"}]}""").SetName("Escaped strings are read decoded");
        yield return new TestCaseData("""{"bulkId":"first","bulkId":"second"}""").SetName("A property given twice keeps its last value");
        yield return new TestCaseData("""{"bulk\u0049d":"escaped name"}""").SetName("An escaped property name is read");
        yield return new TestCaseData("""{"bulkId":"b"} trailing""").SetName("What follows the object is ignored");
        yield return new TestCaseData("""{"messages":[{"messageId":"m","status":{"groupId":1},"messageId":"n"}]}""").SetName("A message property given twice keeps its last value");
    }

    private static IEnumerable<TestCaseData> LeftToTheSerializer()
    {
        yield return new TestCaseData("""{"BulkId":"b"}""").SetName("A name in another case is left to the serializer");
        yield return new TestCaseData("""{"bulkId":12}""").SetName("A number where a string stands is left to the serializer");
        yield return new TestCaseData("""{"messages":[{"status":{"groupId":"1"}}]}""").SetName("A string where a number stands is left to the serializer");
        yield return new TestCaseData("""{"messages":[{"status":{"groupId":1.0}}]}""").SetName("A number with a fraction is left to the serializer");
        yield return new TestCaseData("""{"messages":[{"status":{"groupId":2147483648}}]}""").SetName("A number too large for an int is left to the serializer");
        yield return new TestCaseData("""{"bulkId":"b","to":"x"}""").SetName("An unknown property is left to the serializer");
        yield return new TestCaseData("""{"messages":[null]}""").SetName("A null message is left to the serializer");
        yield return new TestCaseData("""{"bulkId":"b" // a comment""" + "\n}").SetName("A comment is left to the serializer");
        yield return new TestCaseData("null").SetName("A null body is left to the serializer");
        yield return new TestCaseData(string.Empty).SetName("An empty body is left to the serializer");
        yield return new TestCaseData("not json").SetName("A body that is not JSON is left to the serializer");
        yield return new TestCaseData("""{"bulkId":"b" """).SetName("A cut body is left to the serializer");
        yield return new TestCaseData("\uFEFF" + Accepted).SetName("A byte order mark is left to the serializer");
    }

    [TestCaseSource(nameof(ReadBodies))]
    public void A_body_in_the_answers_form_is_read_as_the_serializer_reads_it(string body)
    {
        var read = SendResultReader.TryRead(Encoding.UTF8.GetBytes(body));

        Assert.That(read, Is.Not.Null);
        Assert.That(JsonConvert.SerializeObject(read), Is.EqualTo(JsonConvert.SerializeObject(Newtonsoft(body))));
    }

    [TestCaseSource(nameof(LeftToTheSerializer))]
    public void A_body_in_another_form_is_left_to_the_serializer(string body)
    {
        Assert.That(SendResultReader.TryRead(Encoding.UTF8.GetBytes(body)), Is.Null);
    }

    [Test]
    public void A_string_that_is_not_UTF_8_is_left_to_the_serializer()
    {
        byte[] body = [.. "{\"bulkId\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.That(SendResultReader.TryRead(body), Is.Null);
    }

    private static SendResult? Newtonsoft(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return FlexNewtonsoftSerializer.Instance.Deserialize<SendResult>(stream);
    }
}
