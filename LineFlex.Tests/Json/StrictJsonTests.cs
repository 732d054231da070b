using System.Text;

namespace LineFlex.Tests.Json;

/// <summary>
/// Only RFC 8259 JSON parses: what Newtonsoft's lenient reader would take (and change) is refused at its line
/// and position. Documents are UTF-8 and at most <see cref="FlexLimits.MaxDocumentBytes"/> long.
/// </summary>
public class StrictJsonTests
{
    private static FlexJsonException ParseError<T>(string json)
        where T : class =>
        Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<T>(json))!;

    private static FlexJsonException ParseError<T>(byte[] utf8)
        where T : class =>
        Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<T>(utf8))!;

    private static readonly string[] TokenNames =
        ["None", "StartObject", "StartArray", "StartConstructor", "PropertyName", "Comment", "Raw", "Integer", "Float", "String", "Boolean", "Null", "Undefined", "EndObject", "EndArray", "EndConstructor", "Date", "Bytes"];

    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":010}", 1, 34, "flex", "does not start with 0 followed by digits: '010'", TestName = "A leading zero (010, read as 8 before) is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":-01}", 1, 34, "flex", "does not start with 0 followed by digits: '-01'", TestName = "A negative number with a leading zero is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":0x10}", 1, 34, "flex", "Hexadecimal numbers are not JSON: '0x10'", TestName = "A hexadecimal number (0x10, read as 16 before) is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":+1}", 1, 34, "flex", "does not start with '+': '+1'", TestName = "A leading plus is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":NaN}", 1, 34, "flex", "NaN is not a JSON number", TestName = "NaN is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":Infinity}", 1, 34, "flex", "Infinity is not a JSON number", TestName = "Infinity is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":-Infinity}", 1, 34, "flex", "-Infinity is not a JSON number", TestName = "Minus infinity is refused")]
    [TestCase("{\"type\":\"TEXT\",/* note */\"text\":\"a\"}", 1, 16, "type", "Comments are not JSON", TestName = "A block comment is refused")]
    [TestCase("{\"type\":\"TEXT\",\n// note\n\"text\":\"a\"}", 2, 1, "type", "Comments are not JSON", TestName = "A line comment is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":'a'}", 1, 23, "text", "Single quotes are not JSON", TestName = "A single-quoted string is refused")]
    [TestCase("{'type':\"TEXT\"}", 1, 2, "", "Single quotes are not JSON", TestName = "A single-quoted name is refused")]
    [TestCase("{\"type\":\"TEXT\",text:\"a\"}", 1, 16, "type", "Property names are quoted in JSON: write \"text\"", TestName = "An unquoted name is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\",}", 1, 26, "text", "A comma before '}' is not JSON (a trailing comma)", TestName = "A trailing comma in an object is refused")]
    [TestCase("{\"type\":\"BOX\",\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"SEPARATOR\"},]}", 1, 67, "contents[0]", "A comma before ']' is not JSON (a trailing comma)", TestName = "A trailing comma in an array is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\",\"wrap\":undefined}", 1, 34, "wrap", "'undefined' is not a JSON value", TestName = "undefined is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\",\"wrap\":True}", 1, 34, "wrap", "'True' is not a JSON value", TestName = "A capitalised literal is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\tb\"}", 1, 25, "text", "The control character U+0009 is not allowed here", TestName = "A raw tab in a string is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\\xb\"}", 1, 25, "text", "A string holds an escape JSON does not know", TestName = "An unknown escape is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\"} {}", 1, 28, "", "Unexpected '{' after the end of the JSON value", TestName = "A second value after the document is refused")]
    [TestCase("{\"type\":\"TEXT\",\"text\":\"a\"", 1, 26, "text", "The JSON ends too early, at the end of input", TestName = "A document cut short is refused")]
    [TestCase("", 1, 1, "", "The document is empty: expected a JSON object.", TestName = "An empty document is located at the first character")]
    [TestCase("  \n ", 1, 1, "", "The document is empty: expected a JSON object.", TestName = "A document of white space is empty")]
    [TestCase("x", 1, 1, "", "'x' is not a JSON value", TestName = "An error at the first character is located at line 1, position 1")]
    public void Non_json_is_refused_at_its_place(string json, int line, int position, string path, string problem)
    {
        var error = ParseError<FlexComponent>(json);

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.Contain(problem));
            Assert.That(error.LineNumber, Is.EqualTo(line), "line");
            Assert.That(error.LinePosition, Is.EqualTo(position), "position");
            Assert.That(error.Path, Is.EqualTo(path));
            Assert.That(error.Problem, Does.Not.Contain("LineNumber"));
        });
    }

    [Test]
    public void A_position_counts_characters_not_bytes()
    {
        var error = ParseError<FlexComponent>("{\"type\":\"TEXT\",\"text\":\"ありがとう\",}");

        Assert.That(error.LinePosition, Is.EqualTo(30));
    }

    [Test]
    public void A_violation_deep_in_a_request_names_its_path()
    {
        var error = ParseError<LineRequest>("{\"messages\":[{\"sender\":\"S\"},{\"sender\":\"T\",\"destinations\":[{\"to\":0123}]}]}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("messages[1].destinations[0].to"));
            Assert.That(error.Problem, Does.Contain("'0123'"));
        });
    }

    [Test]
    public void A_number_too_long_to_fit_anything_is_refused_before_it_is_parsed()
    {
        var error = ParseError<ValidityPeriod>("{\"amount\":" + new string('9', 40) + "}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.EndWith("has 40 characters; LineFlex reads whole numbers that fit in 32 bits."));
            Assert.That(error.Path, Is.EqualTo("amount"));
        });
    }

    [TestCase("1e2")]
    [TestCase("1.5")]
    [TestCase("1e400")]
    public void A_json_number_that_is_not_whole_is_refused_where_a_whole_number_belongs(string number)
    {
        var error = ParseError<ValidityPeriod>("{\"amount\":" + number + "}");

        Assert.That(error.Problem, Is.EqualTo("Expected a whole number, but found a number with a fraction or an exponent."));
    }

    [Test]
    public void No_message_names_a_parser_token()
    {
        string[] inputs =
        [
            "{\"type\":\"TEXT\",\"text\":\"a\",\"wrap\":undefined}",
            "{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":{}}",
            "{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":[]}",
            "{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":null,\"wrap\":1}",
            "{\"type\":\"TEXT\",\"text\":{}}",
            "[]",
            "null",
            "{",
            "{\"type\"",
            "{\"type\":",
            "{\"type\":\"TEXT\",\"contents\":[1]}",
            "new Date(1)",
        ];

        foreach (var json in inputs)
        {
            var error = ParseError<FlexComponent>(json);
            Assert.That(TokenNames.Where(name => error.Problem.Contains(name, StringComparison.Ordinal)), Is.Empty, json + " -> " + error.Problem);
        }
    }

    [Test]
    public void A_reader_of_newtonsoft_names_no_parser_token_either()
    {
        var serializer = Newtonsoft.Json.JsonSerializer.Create(FlexJson.CreateSerializerSettings());
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader("{\"type\":\"TEXT\",\"text\":\"a\",\"wrap\":undefined}"));

        var error = Assert.Throws<FlexJsonException>(() => serializer.Deserialize<FlexComponent>(reader))!;

        Assert.That(error.Problem, Is.EqualTo("Expected true or false, but found undefined, which is not JSON."));
    }

    [Test]
    public void A_newtonsoft_syntax_error_at_the_first_character_is_located_at_line_1_position_1()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader("x"));

        var error = Assert.Throws<FlexJsonException>(() => new FlexJsonConverter().ReadJson(reader, typeof(FlexComponent), null, Newtonsoft.Json.JsonSerializer.CreateDefault()))!;

        Assert.That((error.LineNumber, error.LinePosition), Is.EqualTo((1, 1)));
    }

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    [Test]
    public void Invalid_utf8_is_refused_with_its_byte_offset_and_path()
    {
        var bytes = Utf8("{\"type\":\"TEXT\",\"text\":\"ab\"}");
        bytes[24] = 0xFF;

        var error = ParseError<FlexComponent>(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Is.EqualTo("The byte 0xFF at byte offset 24 is not valid UTF-8; JSON is UTF-8. Save the document as UTF-8."));
            Assert.That(error.Path, Is.EqualTo("text"));
            Assert.That((error.LineNumber, error.LinePosition), Is.EqualTo((1, 25)));
        });
    }

    [Test]
    public void Invalid_utf8_in_a_stream_is_refused_not_replaced()
    {
        var bytes = Utf8("{\"type\":\"TEXT\",\"text\":\"a\u00e9\"}");
        bytes[24] = 0xC3;
        bytes[25] = 0x28; // a lead byte followed by a byte that cannot continue it
        using var stream = new MemoryStream(bytes);

        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexComponent>(stream))!;

        Assert.That(error.Problem, Does.StartWith("The byte 0xC3 at byte offset 24 is not valid UTF-8"));
    }

    [Test]
    public void A_utf16_document_is_refused_with_the_reason()
    {
        var error = ParseError<FlexComponent>(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.StartWith("The document is UTF-16"));
            Assert.That((error.LineNumber, error.LinePosition), Is.EqualTo((1, 1)));
        });
    }

    [Test]
    public void A_utf8_byte_order_mark_is_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Utf8("{\"type\":\"TEXT\",\"text\":\"a\"}")).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(FlexJson.Deserialize<FlexComponent>(bytes), Is.EqualTo(new FlexText { Text = "a" }));
            Assert.That(FlexJson.Deserialize<FlexComponent>(new MemoryStream(bytes)), Is.EqualTo(new FlexText { Text = "a" }));
            Assert.That(FlexJson.Deserialize<FlexComponent>("\uFEFF{\"type\":\"TEXT\",\"text\":\"a\"}"), Is.EqualTo(new FlexText { Text = "a" }));
        });
    }

    [Test]
    public void A_second_byte_order_mark_is_refused_at_its_place()
    {
        const string Json = "{\"type\":\"TEXT\",\"text\":\"a\"}";
        var preamble = Encoding.UTF8.GetPreamble();
        var bytes = preamble.Concat(preamble).Concat(Utf8(Json)).ToArray();

        var errors = new[]
        {
            ParseError<FlexComponent>(bytes),
            Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexComponent>(new MemoryStream(bytes)))!,
            ParseError<FlexComponent>("\uFEFF\uFEFF" + Json),
            Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexComponent>(new StringReader("\uFEFF\uFEFF" + Json)))!,
        };

        Assert.Multiple(() =>
        {
            foreach (var error in errors)
            {
                Assert.That(error.Problem, Does.StartWith("A second byte order mark (U+FEFF)"));
                Assert.That(error.Path, Is.Empty);
                Assert.That((error.LineNumber, error.LinePosition), Is.EqualTo((1, 1)));
            }
        });
    }

    [Test]
    public void Text_with_half_a_surrogate_pair_is_refused()
    {
        var error = ParseError<FlexComponent>("{\"type\":\"TEXT\",\n\"text\":\"a\ud800\"}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.Contain("U+D800"));
            Assert.That((error.LineNumber, error.LinePosition), Is.EqualTo((2, 10)));
        });
    }

    [Test]
    public void The_seed_request_reads_the_same_from_a_string_bytes_a_stream_and_a_reader()
    {
        var json = TestData.SeedRequestJson;
        var expected = FlexJson.Deserialize<LineRequest>(json);

        Assert.Multiple(() =>
        {
            Assert.That(FlexJson.Deserialize<LineRequest>(Utf8(json)), Is.EqualTo(expected));
            Assert.That(FlexJson.Deserialize<LineRequest>(new MemoryStream(Utf8(json))), Is.EqualTo(expected));
            Assert.That(FlexJson.Deserialize<LineRequest>(new StringReader(json)), Is.EqualTo(expected));
        });
    }

    /// <summary>White space without end; fails the test if read far past the limit rather than running forever.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (BytesRead > 2L * FlexLimits.MaxDocumentBytes)
            {
                throw new InvalidOperationException($"Read {BytesRead:N0} bytes of an endless stream without stopping.");
            }

            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Test]
    public void An_endless_stream_stops_at_the_document_size_limit()
    {
        var stream = new EndlessStream();

        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<LineRequest>(stream))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.StartWith("The document is larger than 33,554,432 bytes (FlexLimits.MaxDocumentBytes)"));
            Assert.That(stream.BytesRead, Is.LessThanOrEqualTo(FlexLimits.MaxDocumentBytes + (64 * 1024)));
        });
    }

    [Test]
    public void An_endless_text_reader_stops_at_the_document_size_limit()
    {
        using var reader = new StreamReader(new EndlessStream());

        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<LineRequest>(reader))!;

        Assert.That(error.Problem, Does.StartWith("The document is larger than"));
    }

    [Test]
    public void Dev_zero_ends_in_a_clear_error()
    {
        Assume.That(File.Exists("/dev/zero"), "a system with /dev/zero");
        using var zeros = File.OpenRead("/dev/zero");

        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<LineRequest>(zeros))!;

        Assert.That(error.Problem, Does.StartWith("The document is larger than"));
    }

    [Test]
    public void A_document_over_the_size_limit_is_refused_however_it_is_given()
    {
        var json = "{\"sender\":\"" + new string('a', FlexLimits.MaxDocumentBytes) + "\"}";

        Assert.Multiple(() =>
        {
            Assert.That(ParseError<LineMessage>(json).Problem, Does.StartWith("The document is larger than"));
            Assert.That(ParseError<LineMessage>(Utf8(json)).Problem, Does.StartWith("The document is larger than"));
        });
    }

    [Test]
    public void A_document_of_multibyte_characters_is_measured_in_utf8_bytes()
    {
        var json = "{\"sender\":\"" + new string('あ', (FlexLimits.MaxDocumentBytes / 3) + 1) + "\"}";

        var error = ParseError<LineMessage>(json);

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.StartWith("The document is larger than"));
            Assert.That(error.LinePosition, Is.EqualTo((FlexLimits.MaxDocumentBytes - 11) / 3 + 12));
        });
    }
}
