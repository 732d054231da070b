namespace LineFlex.Tests.Json;

/// <summary>Every kind of bad input gets one exception type naming the path, line and position.</summary>
public class ParserErrorTests
{
    private static FlexJsonException ParseError<T>(string json)
        where T : class =>
        Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<T>(json))!;

    private const string BodyPrefix =
        "{\"messages\":[{\"sender\":\"S\",\"destinations\":[{\"to\":\"1\"}],\"content\":{\"altText\":\"a\",\"contents\":{\"type\":\"BUBBLE\",\"body\":";

    private const string BodySuffix = "}}}]}";

    [Test]
    public void Malformed_json_names_the_line_and_position()
    {
        var error = ParseError<LineRequest>("{\n  \"messages\": [\n    {\"sender\": \"S\",, }\n  ]\n}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Is.EqualTo("Expected a property name in double quotes, but found ','."));
            Assert.That(error.LineNumber, Is.EqualTo(3));
            Assert.That(error.LinePosition, Is.EqualTo(20));
            Assert.That(error.Path, Is.EqualTo("messages[0].sender"));
            Assert.That(error.Message, Does.Contain("line 3"));
        });
    }

    [Test]
    public void Truncated_json_is_reported_not_returned_half_read()
    {
        var error = ParseError<LineRequest>("{\"messages\":[{\"sender\":\"S\"");

        Assert.That(error.Message, Does.Contain("messages[0].sender"));
    }

    [Test]
    public void Unknown_component_type_names_the_path_and_the_known_types()
    {
        var error = ParseError<LineRequest>(
            BodyPrefix + "{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"VIDEO\",\"url\":\"https://x\"}]}" + BodySuffix);

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("messages[0].content.contents.body.contents[0].type"));
            Assert.That(error.Problem, Does.Contain("\"VIDEO\" is not a component type"));
            Assert.That(error.Problem, Does.Contain("BOX, TEXT, SPAN, IMAGE, ICON, BUTTON, SEPARATOR"));
            Assert.That(error.LineNumber, Is.EqualTo(1));
            Assert.That(error.LinePosition, Is.GreaterThan(0));
        });
    }

    [Test]
    public void Unknown_action_type_names_the_path()
    {
        var error = ParseError<FlexBubble>("{\"action\":{\"type\":\"MESSAGE\",\"label\":\"x\"}}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("action.type"));
            Assert.That(error.Problem, Does.Contain("URI, POSTBACK"));
        });
    }

    [Test]
    public void A_misspelt_property_is_answered_with_the_name_it_most_likely_meant()
    {
        var error = ParseError<LineDestination>("{\"to\":\"66855538125\",\"messageID\":\"m-1\"}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("messageID"));
            Assert.That(error.Problem, Is.EqualTo("Unknown property 'messageID' in a destination. Did you mean 'messageId'? Expected one of: to, messageId."));
        });
    }

    [Test]
    public void A_name_far_from_every_legal_one_gets_no_guess()
    {
        var error = ParseError<LineDestination>("{\"phone\":\"66855538125\"}");

        Assert.That(error.Problem, Does.Not.Contain("Did you mean"));
    }

    [Test]
    public void A_component_without_a_type_where_several_may_stand_is_an_error()
    {
        var error = ParseError<FlexBox>("{\"layout\":\"VERTICAL\",\"contents\":[{\"text\":\"hi\"}]}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("contents[0].type"));
            Assert.That(error.Problem, Does.Contain("needs a \"type\""));
        });
    }

    [Test]
    public void An_action_without_a_type_is_reported_at_its_type_where_the_action_starts()
    {
        var error = ParseError<FlexBubble>("{\"action\":{\"label\":\"Open\",\"uri\":\"https://example.com\"}}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("action.type"));
            Assert.That(error.Problem, Does.StartWith("An action needs a \"type\""));
            Assert.That((error.LineNumber, error.LinePosition), Is.EqualTo((1, 11)));
        });
    }

    [Test]
    public void A_value_of_the_wrong_json_type_names_the_path_and_what_was_expected()
    {
        var error = ParseError<LineRequest>(
            BodyPrefix + "{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[],\"flex\":\"2\"}" + BodySuffix);

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("messages[0].content.contents.body.flex"));
            Assert.That(error.Problem, Is.EqualTo("Expected a whole number, but found a string."));
        });
    }

    [Test]
    public void A_string_where_an_object_belongs_is_an_error()
    {
        var error = ParseError<LineRequest>("{\"messages\":[{\"sender\":\"S\",\"destinations\":\"66855538125\"}]}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("messages[0].destinations"));
            Assert.That(error.Problem, Is.EqualTo("Expected an array of destinations, but found a string."));
        });
    }

    [Test]
    public void An_unknown_enum_word_names_the_path_and_the_known_words()
    {
        var error = ParseError<LineRequest>(
            BodyPrefix + "{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"SPAN\",\"text\":\"x\",\"decoration\":\"line-through\"}]}" + BodySuffix);

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("messages[0].content.contents.body.contents[0].decoration"));
            Assert.That(error.Problem, Does.Contain("NONE, UNDERLINE, LINE_THROUGH"));
        });
    }

    [Test]
    public void An_unknown_enum_word_in_an_option_names_the_path()
    {
        var error = ParseError<LineMessage>("{\"options\":{\"validityPeriod\":{\"amount\":5,\"timeUnit\":\"DAYS\"}}}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("options.validityPeriod.timeUnit"));
            Assert.That(error.Problem, Does.Contain("SECONDS, MINUTES, HOURS"));
        });
    }

    [Test]
    public void An_unknown_property_names_the_path_and_the_known_properties()
    {
        var error = ParseError<LineRequest>("{\"messages\":[{\"sender\":\"S\",\"destinations\":[{\"to\":\"1\",\"phone\":\"2\"}]}]}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("messages[0].destinations[0].phone"));
            Assert.That(error.Problem, Does.Contain("Unknown property 'phone'"));
            Assert.That(error.Problem, Does.Contain("to, messageId"));
        });
    }

    [Test]
    public void A_property_of_another_component_type_is_unknown_for_this_one()
    {
        var error = ParseError<FlexComponent>("{\"text\":\"hi\",\"layout\":\"VERTICAL\",\"type\":\"TEXT\"}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("layout"));
            Assert.That(error.Problem, Does.Contain("A TEXT has no property 'layout'"));
        });
    }

    [Test]
    public void A_property_given_twice_is_an_error()
    {
        var error = ParseError<FlexComponent>("{\"type\":\"TEXT\",\"text\":\"a\",\"text\":\"b\"}");

        Assert.That(error.Problem, Does.Contain("appears twice"));
    }

    [Test]
    public void A_number_too_large_for_32_bits_is_an_error()
    {
        var error = ParseError<ValidityPeriod>("{\"amount\":3000000000}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("amount"));
            Assert.That(error.Problem, Does.Contain("too large"));
        });
    }

    [Test]
    public void A_malformed_send_at_names_the_expected_format()
    {
        var error = ParseError<ScheduleOptions>("{\"sendAt\":\"tomorrow\"}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("sendAt"));
            Assert.That(error.Problem, Does.Contain("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        });
    }

    [Test]
    public void Content_after_the_document_is_an_error()
    {
        var error = ParseError<AltUri>("{\"desktop\":\"https://x\"} {}");

        Assert.That(error.Problem, Is.EqualTo("Unexpected '{' after the end of the JSON value. A document holds one value; remove what follows it."));
    }

    [Test]
    public void A_non_span_inside_a_text_is_an_error()
    {
        var error = ParseError<FlexText>("{\"type\":\"TEXT\",\"contents\":[{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[]}]}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("contents[0]"));
            Assert.That(error.Problem, Does.Contain("only SPANs"));
        });
    }

    [Test]
    public void Reading_a_component_as_the_wrong_concrete_type_is_an_error()
    {
        var error = ParseError<FlexImage>("{\"type\":\"TEXT\",\"text\":\"x\"}");

        Assert.That(error.Problem, Is.EqualTo("Expected an IMAGE here, but found a TEXT."));
    }

    [Test]
    public void A_json_null_document_is_an_error()
    {
        var error = ParseError<LineRequest>("null");

        Assert.That(error.Problem, Does.Contain("Expected a JSON object for LineRequest"));
    }
}
