using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Json;

/// <summary>
/// A document is read in one strict pass: its tokens are noted as its syntax is checked, and the model is read from
/// them. What it reads, and where each error is, are what Newtonsoft's reader gives for the same document.
/// </summary>
public class OnePassReadingTests
{
    private static readonly string[] EscapedTexts =
    [
        @"a \""quoted\"" word",
        @"back\\slash and \/ slash",
        @"\b\f\n\r\t",
        @"nul \u0000 and unit separator \u001f",
        @"\u00e9t\u00E9 and ご注文 \u3054",
        @"party \ud83c\udf89 and 🎉",
        @"lone high \ud800 and lone low \udc00",
        @"two highs \ud800\ud83c\udf89, a high before a letter \ud800\u0041, a high at the end \ud800",
        string.Concat(Enumerable.Repeat(@"\u00e9\n", 200)),
    ];

    [TestCaseSource(nameof(EscapedTexts))]
    public void An_escaped_text_reads_as_newtonsoft_reads_it(string escaped)
    {
        var json = $"{{\"type\":\"TEXT\",\"text\":\"{escaped}\"}}";
        var expected = JToken.Parse(json)["text"]!.Value<string>();

        var fromBytes = FlexJson.Deserialize<FlexText>(Encoding.UTF8.GetBytes(json));
        var fromText = FlexJson.Deserialize<FlexText>(json);

        Assert.Multiple(() =>
        {
            Assert.That(fromBytes.Text, Is.EqualTo(expected));
            Assert.That(fromText.Text, Is.EqualTo(expected));
        });
    }

    [Test]
    public void Escaped_names_and_words_read_as_the_names_and_words_they_spell()
    {
        const string json = "{\"\\u0074ype\":\"BOX\",\"layout\":\"HORIZ\\u004fNTAL\",\"contents\":[{\"type\":\"TEXT\",\"te\\u0078t\":\"Hi\"}]}";

        var box = FlexJson.Deserialize<FlexBox>(json);

        Assert.Multiple(() =>
        {
            Assert.That(box.Layout, Is.EqualTo(BoxLayout.Horizontal));
            Assert.That(box.Contents, Has.Count.EqualTo(1));
            Assert.That(((FlexText)box.Contents![0]).Text, Is.EqualTo("Hi"));
        });
    }

    [Test]
    public void A_document_of_many_tokens_reads_back_to_its_own_bytes()
    {
        var texts = string.Join(",", Enumerable.Range(0, 3000).Select(i => $"{{\"type\":\"TEXT\",\"text\":\"Item {i}\",\"flex\":{i % 7}}}"));
        var json = $"{{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{texts}]}}";

        var box = FlexJson.Deserialize<FlexBox>(Encoding.UTF8.GetBytes(json));

        Assert.Multiple(() =>
        {
            Assert.That(box.Contents, Has.Count.EqualTo(3000));
            Assert.That(FlexJson.Serialize(box), Is.EqualTo(json));
        });
    }

    [Test]
    public void A_name_escaped_the_second_time_is_given_twice()
    {
        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBox>("{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"l\\u0061yout\":\"HORIZONTAL\"}"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Is.EqualTo("The property 'layout' appears twice in a component: first at line 1, position 23, and again at line 1, position 48. Keep one."));
            Assert.That((error.Path, error.LinePosition), Is.EqualTo(("layout", 48)));
        });
    }

    [Test]
    public void Of_the_properties_a_type_does_not_have_the_first_in_the_document_is_named()
    {
        // "spacing" stands first in the document; "layout" comes first in a component's list of properties.
        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexComponent>("{\"type\":\"TEXT\",\"text\":\"a\",\"spacing\":\"md\",\"layout\":\"VERTICAL\"}"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.StartWith("A TEXT has no property 'spacing'. Its properties are: type, text, contents,"));
            Assert.That((error.Path, error.LinePosition), Is.EqualTo(("spacing", 40)));
        });
    }

    private static readonly string[] BadDocuments =
    [
        // An unknown property, with the name it most likely meant.
        "{\n  \"type\": \"BUBBLE\",\n  \"body\": {\n    \"type\": \"BOX\",\n    \"layout\": \"VERTICAL\",\n    \"contents\": [\n      { \"type\": \"TEXT\", \"text\": \"ご注文 🎉\", \"colour\": \"#000000\" }\n    ]\n  }\n}",
        // A property given twice.
        "{\"type\":\"BUBBLE\",\n\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\n\"contents\":[],\n\"layout\":\"HORIZONTAL\"}}",
        // A value of the wrong JSON type, and a number where a string belongs.
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"TEXT\",\"text\":12}]}}",
        // A number too large, and a fraction where a whole number belongs.
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":99999999999}]}}",
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":1.5}]}}",
        // A component without a type, one of an unknown type, and a property of another component type.
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[\n{\"text\":\"no type\"}]}}",
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"VIDEO\"}]}}",
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"SEPARATOR\",\"text\":\"x\"}]}}",
        // An unknown word, and an action without a type.
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"DIAGONAL\",\"contents\":[]}}",
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"BUTTON\",\n\"action\":{\"label\":\"Go\"}}]}}",
        // A box where only a TEXT's SPANs stand.
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"TEXT\",\"contents\":[{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[]}]}]}}",
        // A name given twice, escaped the second time, in a bubble and in a component; two properties a TEXT does not have.
        "{\"type\":\"BUBBLE\",\"size\":\"KILO\",\n\"s\\u0069ze\":\"MEGA\"}",
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\n\"l\\u0061yout\":\"HORIZONTAL\"}}",
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"TEXT\",\"text\":\"a\",\n\"spacing\":\"md\",\"layout\":\"VERTICAL\"}]}}",
        // An object where a string belongs, under a name Newtonsoft writes in brackets.
        "{\"type\":\"BUBBLE\",\"body\":{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[],\"odd name\":{}}}",
    ];

    [TestCaseSource(nameof(BadDocuments))]
    public void Every_error_is_where_newtonsofts_reader_puts_it(string json)
    {
        // The converter reads a Newtonsoft reader's tokens as it goes; the one pass spells the same places afterwards.
        var throughNewtonsoft = Assert.Throws<FlexJsonException>(() => JsonConvert.DeserializeObject<FlexBubble>(json, FlexJson.CreateSerializerSettings()))!;
        var fromText = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBubble>(json))!;
        var fromBytes = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBubble>(Encoding.UTF8.GetBytes(json)))!;
        var fromStream = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBubble>(new MemoryStream(Encoding.UTF8.GetBytes(json))))!;

        Assert.Multiple(() =>
        {
            foreach (var read in new[] { fromText, fromBytes, fromStream })
            {
                Assert.That(read.Message, Is.EqualTo(throughNewtonsoft.Message));
                Assert.That((read.Path, read.LineNumber, read.LinePosition), Is.EqualTo((throughNewtonsoft.Path, throughNewtonsoft.LineNumber, throughNewtonsoft.LinePosition)));
            }

            Assert.That(throughNewtonsoft.LineNumber, Is.GreaterThan(0));
        });
    }
}
