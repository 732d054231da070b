using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>A JSON object of a delivery report; unknown properties are ignored, so fields Infobip adds later do no harm.</summary>
internal sealed class JsonReportNode : ReportNode
{
    private readonly JObject _json;

    public JsonReportNode(JObject json) => _json = json;

    /// <inheritdoc/>
    public override ReportNode? Child(string name)
    {
        var token = Property(name);
        return token switch
        {
            null => null,
            JObject child => new JsonReportNode(child),
            _ => throw Fail(token, $"'{name}' must be a JSON object, but the report has {Describe(token)}."),
        };
    }

    /// <inheritdoc/>
    protected override ReportScalar? Scalar(string name)
    {
        var token = Property(name);
        if (token is null)
        {
            return null;
        }

        if (token is not JValue value)
        {
            throw Fail(token, $"'{name}' must be a single value, but the report has {Describe(token)}.");
        }

        var text = value.Value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other?.ToString() ?? string.Empty,
        };
        var (line, position) = LineInfo(token);
        return new ReportScalar(text, token.Path, line, position);
    }

    /// <summary>An exception saying <paramref name="problem"/> about <paramref name="token"/>.</summary>
    public static DeliveryReportFormatException Fail(JToken token, string problem)
    {
        var (line, position) = LineInfo(token);
        return new DeliveryReportFormatException(problem, token.Path, line, position);
    }

    /// <summary>Names a JSON token's kind for an error message: "an array", "the number 5", ...</summary>
    public static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "true/false",
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private JToken? Property(string name)
    {
        var token = _json.Property(name, StringComparison.Ordinal)?.Value;
        return token is null || token.Type is JTokenType.Null or JTokenType.Undefined ? null : token;
    }

    private static (int Line, int Position) LineInfo(JToken token) =>
        token is IJsonLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
}
