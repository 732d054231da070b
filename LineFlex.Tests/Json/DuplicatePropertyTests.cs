namespace LineFlex.Tests.Json;

/// <summary>A property given twice is refused in every object, with where it stood both times: a second value would silently win.</summary>
public class DuplicatePropertyTests
{
    private const string Bubble = "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"TEXT\",\"text\":\"Hi\"}]}}";

    private static string Message(string destination = "{\"to\":\"66855538125\"}", string content = "{\"type\":\"LINE_NOTIFICATION\",\"altText\":\"Hi\",\"contents\":" + Bubble + "}") =>
        "{\"sender\":\"S\",\"destinations\":[" + destination + "],\"content\":" + content + "}";

    private static IEnumerable<TestCaseData> Duplicates()
    {
        yield return new TestCaseData("{\"messages\":[" + Message() + "],\"messages\":[]}", "messages", "the request").SetName("In the request");
        yield return new TestCaseData("{\"messages\":[" + Message().Replace("{\"sender\":\"S\",", "{\"sender\":\"S\",\"sender\":\"T\",", StringComparison.Ordinal) + "]}", "messages[0].sender", "a message").SetName("In a message");
        yield return new TestCaseData("{\"messages\":[" + Message("{\"to\":\"66855538125\",\"to\":\"66800000000\"}") + "]}", "messages[0].destinations[0].to", "a destination").SetName("In a destination");
        yield return new TestCaseData("{\"messages\":[" + Message(content: "{\"altText\":\"a\",\"altText\":\"b\"}") + "]}", "messages[0].content.altText", "the content").SetName("In the content");
        yield return new TestCaseData("{\"messages\":[" + Message(content: "{\"altText\":\"a\",\"contents\":{\"size\":\"KILO\",\"size\":\"MEGA\"}}") + "]}", "messages[0].content.contents.size", "a bubble").SetName("In a bubble");
        yield return new TestCaseData("{\"messages\":[" + Message() + "],\"options\":{\"schedule\":{\"bulkId\":\"a\",\"bulkId\":\"b\"}}}", "options.schedule.bulkId", "a schedule").SetName("In request options");
        yield return new TestCaseData("{\"messages\":[],\"options\":{\"schedule\":{},\"schedule\":{}}}", "options.schedule", "request options").SetName("In request options, an object given twice");
        yield return new TestCaseData("{\"messages\":[{\"options\":{\"validityPeriod\":{\"amount\":1,\"amount\":2}}}]}", "messages[0].options.validityPeriod.amount", "a validity period").SetName("In message options");
        yield return new TestCaseData("{\"messages\":[{\"webhooks\":{\"delivery\":{\"url\":\"https://a\",\"url\":\"https://b\"}}}]}", "messages[0].webhooks.delivery.url", "a delivery webhook").SetName("In a webhook");
        yield return new TestCaseData("{\"messages\":[{\"options\":{\"smsFailover\":{\"regional\":{\"indiaDlt\":{\"principalEntityId\":\"a\",\"principalEntityId\":\"b\"}}}}}]}", "messages[0].options.smsFailover.regional.indiaDlt.principalEntityId", "India DLT options").SetName("In regional options");
        yield return new TestCaseData("{\"messages\":[" + Message(content: "{\"contents\":{\"style\":{\"body\":{\"separator\":true,\"separator\":false}}}}") + "]}", "messages[0].content.contents.style.body.separator", "a block style").SetName("In a block style");
        yield return new TestCaseData("{\"messages\":[" + Message(content: "{\"contents\":{\"action\":{\"type\":\"URI\",\"altUri\":{\"desktop\":\"a\",\"desktop\":\"b\"}}}}") + "]}", "messages[0].content.contents.action.altUri.desktop", "an altUri").SetName("In an altUri");
        yield return new TestCaseData("{\"messages\":[" + Message(content: "{\"contents\":{\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"layout\":\"HORIZONTAL\"}}}") + "]}", "messages[0].content.contents.body.layout", "a component").SetName("In a component");
        yield return new TestCaseData("{\"messages\":[" + Message(content: "{\"contents\":{\"action\":{\"type\":\"URI\",\"uri\":\"a\",\"uri\":\"b\"}}}") + "]}", "messages[0].content.contents.action.uri", "an action").SetName("In an action");
    }

    [TestCaseSource(nameof(Duplicates))]
    public void A_property_given_twice_is_refused_with_both_places(string json, string path, string what)
    {
        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<LineRequest>(json))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo(path));
            Assert.That(error.Problem, Does.Match($"^The property '[a-zA-Z]+' appears twice in {what}: first at line 1, position [0-9]+, and again at line 1, position {error.LinePosition}\\. Keep one\\.$"));
        });
    }

    [Test]
    public void Both_places_are_where_the_two_names_stand()
    {
        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<LineDestination>("{\n  \"to\": \"66855538125\",\n  \"to\": \"66800000000\"\n}"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Is.EqualTo("The property 'to' appears twice in a destination: first at line 2, position 7, and again at line 3, position 7. Keep one."));
            Assert.That((error.LineNumber, error.LinePosition), Is.EqualTo((3, 7)));
        });
    }

    [Test]
    public void The_same_name_in_sibling_and_nested_objects_is_not_a_duplicate()
    {
        var request = FlexJson.Deserialize<LineRequest>(
            "{\"messages\":[" + Message("{\"to\":\"1\"},{\"to\":\"2\"}") + "," + Message() + "],\"options\":{\"schedule\":{\"bulkId\":\"b\"}}}");

        Assert.Multiple(() =>
        {
            Assert.That(request.Messages, Has.Count.EqualTo(2));
            Assert.That(request.Messages![0].Destinations!.Select(d => d.To), Is.EqualTo(new[] { "1", "2" }));
        });
    }
}
