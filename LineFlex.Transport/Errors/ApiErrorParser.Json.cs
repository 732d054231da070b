using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>The JSON forms: the platform's <c>ApiError</c> and the legacy <c>requestError</c> envelope.</summary>
public static partial class ApiErrorParser
{
    private static readonly string[] ApiErrorProperties = ["errorCode", "description", "action", "violations", "resources"];

    /// <summary>The error read from JSON, or null when the text is not one whole JSON object of a known shape.</summary>
    private static ApiErrorBody? ReadJson(string text)
    {
        if (LoadJson(text) is not JObject root)
        {
            return null;
        }

        if (Property(root, "requestError") is JObject requestError)
        {
            return ReadLegacyEnvelope(requestError);
        }

        if (!ApiErrorProperties.Any(name => Property(root, name) is not null))
        {
            return null;
        }

        return new ApiErrorBody
        {
            Format = ApiErrorFormat.ApiError,
            ErrorCode = Text(Property(root, "errorCode")),
            Description = Text(Property(root, "description")),
            Action = Text(Property(root, "action")),
            Violations = ValueList.From(Objects(Property(root, "violations")).Select(v =>
                new ApiViolation(Text(Property(v, "property")) ?? string.Empty, Text(Property(v, "violation")) ?? string.Empty))),
            Resources = ValueList.From(Objects(Property(root, "resources")).Select(r =>
                new ApiResource(Text(Property(r, "name")) ?? string.Empty, Text(Property(r, "url")) ?? string.Empty))),
        };
    }

    // {"requestError":{"serviceException":{"messageId":"BAD_REQUEST","text":"...","validationErrors":{"field":["msg"]}}}};
    // some endpoints say policyException instead of serviceException.
    private static ApiErrorBody ReadLegacyEnvelope(JObject requestError)
    {
        var exception = Property(requestError, "serviceException") as JObject
            ?? Property(requestError, "policyException") as JObject;
        var violations = new List<ApiViolation>();
        if (exception is not null && Property(exception, "validationErrors") is JObject fields)
        {
            foreach (var field in fields.Properties())
            {
                var messages = field.Value is JArray array ? array.Select(Text) : [Text(field.Value)];
                violations.AddRange(messages.OfType<string>().Select(message => new ApiViolation(field.Name, message)));
            }
        }

        return new ApiErrorBody
        {
            Format = ApiErrorFormat.LegacyEnvelope,
            ErrorCode = exception is null ? null : Text(Property(exception, "messageId")),
            Description = exception is null ? null : Text(Property(exception, "text")),
            Violations = ValueList.From(violations),
        };
    }

    /// <summary>One whole JSON document, or null when it is malformed, truncated or followed by more.</summary>
    private static JToken? LoadJson(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };

        try
        {
            var root = JToken.Load(reader);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    return null;
                }
            }

            return root;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Infobip's casing is errorCode; a gateway re-serialising the body may write ErrorCode.
    private static JToken? Property(JObject json, string name) =>
        json.GetValue(name, StringComparison.OrdinalIgnoreCase) is { Type: not (JTokenType.Null or JTokenType.Undefined) } token
            ? token
            : null;

    private static IEnumerable<JObject> Objects(JToken? token) =>
        token is JArray array ? array.OfType<JObject>() : [];

    /// <summary>A scalar's text (numbers and booleans in invariant form); null for a missing value, an object or an array.</summary>
    private static string? Text(JToken? token) => token is JValue { Value: { } value } ? value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    } : null;
}
