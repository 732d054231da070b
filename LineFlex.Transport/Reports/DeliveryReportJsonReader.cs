using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>Reads the JSON form of a delivery report body, <c>{"results":[{...}, ...]}</c>.</summary>
internal static class DeliveryReportJsonReader
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>Reads one whole JSON document from <paramref name="text"/>; nothing may follow it.</summary>
    public static ValueList<DeliveryReport> Read(TextReader text)
    {
        var root = Load(text);
        if (root is not JObject body)
        {
            throw JsonReportNode.Fail(root,
                $"A delivery report body must be a JSON object {{\"results\":[...]}}, but this one is {JsonReportNode.Describe(root)}.");
        }

        var results = body.Property("results", StringComparison.Ordinal)?.Value;
        if (results is null || results.Type is JTokenType.Null)
        {
            throw JsonReportNode.Fail(body,
                "The body has no \"results\" array. A delivery report body is {\"results\":[{\"messageId\":...}]}; "
                + "check that this request came from Infobip's delivery report webhook.");
        }

        if (results is not JArray items)
        {
            throw JsonReportNode.Fail(results,
                $"\"results\" must be an array of reports, but the body has {JsonReportNode.Describe(results)}.");
        }

        return ValueList.From(items.Select(item => item is JObject report
            ? DeliveryReportMapper.Map(new JsonReportNode(report))
            : throw JsonReportNode.Fail(item, $"Each entry of \"results\" must be a report object, but this one is {JsonReportNode.Describe(item)}.")));
    }

    private static JToken Load(TextReader text)
    {
        using var reader = new JsonTextReader(text)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            CloseInput = false,
        };

        try
        {
            if (!reader.Read())
            {
                throw new DeliveryReportFormatException(
                    "The delivery report body is empty. Infobip posts {\"results\":[...]}; check that the request body was read only once.",
                    string.Empty, 0, 0);
            }

            var root = JToken.Load(reader, LoadSettings);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    throw new DeliveryReportFormatException(
                        $"Unexpected {reader.TokenType} after the end of the JSON object. A delivery report body is one object {{\"results\":[...]}}.",
                        reader.Path, reader.LineNumber, reader.LinePosition);
                }
            }

            return root;
        }
        catch (JsonReaderException exception)
        {
            var hint = string.IsNullOrEmpty(exception.Path) && exception.Message.Contains("parsing value: <", StringComparison.Ordinal)
                ? " The body looks like XML: read it with DeliveryReportParser.ParseXml, or pass its content type to DeliveryReportParser.Parse."
                : exception.Message.StartsWith("Additional text", StringComparison.Ordinal)
                    ? " A delivery report body is one JSON object {\"results\":[...]}; nothing may follow it."
                    : " Infobip posts well-formed JSON, so the body was probably cut short in transit or is not a delivery report.";
            throw new DeliveryReportFormatException(
                "Malformed JSON: " + WithoutLocation(exception.Message) + hint,
                exception.Path ?? string.Empty, exception.LineNumber, exception.LinePosition, exception);
        }
    }

    // Newtonsoft ends its messages with " Path '...', line 1, position 5."; the exception states the location itself.
    private static string WithoutLocation(string message)
    {
        var index = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (index < 0)
        {
            index = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return index < 0 ? message : message[..index];
    }
}
