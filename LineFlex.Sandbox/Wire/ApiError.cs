using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.WebUtilities;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Sandbox;

/// <summary>
/// The body of every error the sandbox answers, shaped like Infobip's platform <c>ApiError</c>:
/// <c>{"errorCode":"E400","description":..,"action":..,"violations":[..],"resources":[..]}</c>.
/// </summary>
internal sealed record ApiError(
    string ErrorCode,
    string Description,
    string Action,
    IReadOnlyList<ApiViolation> Violations,
    IReadOnlyList<ApiResource> Resources)
{
    private static readonly ApiResource Authentication =
        new("API Authentication", "https://www.infobip.com/docs/essentials/api-authentication");

    /// <summary>401: no <c>Authorization: App &lt;key&gt;</c> header, or not the expected key.</summary>
    public static ApiError Unauthorized() =>
        new("E401", "Invalid login details", "Check the Authorization header: App <api key>.", [], [Authentication]);

    /// <summary>400 with the violations that make the request unprocessable.</summary>
    public static ApiError BadRequest(IReadOnlyList<ApiViolation> violations) =>
        new("E400", "Request cannot be processed.", "Check the syntax, violations and adjust the request.", violations, []);

    /// <summary>413 for a body longer than <paramref name="limit"/> bytes.</summary>
    public static ApiError TooLarge(long limit) =>
        new(
            "E413",
            $"Request body too large: the limit is {limit.ToString(CultureInfo.InvariantCulture)} bytes",
            "Send fewer messages per request, or raise SandboxOptions.MaxRequestBodySize.",
            [],
            []);

    /// <summary>404 for a path the sandbox does not serve; the method and path are quoted as short excerpts.</summary>
    public static ApiError NotFound(string method, string path) =>
        new(
            "E404",
            $"Requested URL not found: {FlexLimits.Excerpt(method)} {FlexLimits.Excerpt(path)}",
            "Use POST /line/1/messages to send and GET /line/1/reports to pull delivery reports.",
            [],
            []);

    /// <summary>An error for <paramref name="statusCode"/> with Infobip's wording where Infobip has one.</summary>
    public static ApiError ForStatus(int statusCode) => statusCode switch
    {
        400 => BadRequest([]),
        401 => Unauthorized(),
        403 => new(
            "E403",
            "Unauthorized access",
            "Check that the API key has the message:send and line:message:send scopes.",
            [],
            [Authentication]),
        404 => new("E404", "Resource not found", "Check the URL and the HTTP method.", [], []),
        429 => new(
            "E429",
            "Too many requests",
            "Slow down: wait and retry with exponential back-off; honour Retry-After when it is sent.",
            [],
            []),
        500 => new("E500", "Something went wrong. Please contact support.", "Retry later; contact support if it persists.", [], []),
        502 => new("E502", "Bad gateway", "Retry later with back-off.", [], []),
        503 => new("E503", "Service unavailable", "Retry later with back-off.", [], []),
        _ => new(
            "E" + statusCode.ToString(CultureInfo.InvariantCulture),
            ReasonPhrases.GetReasonPhrase(statusCode) is { Length: > 0 } phrase ? phrase : "Error",
            "Retry later or check the request.",
            [],
            []),
    };

    /// <summary>The compact JSON form, properties in Infobip's order.</summary>
    public string ToJson() => new JObject
    {
        ["errorCode"] = ErrorCode,
        ["description"] = Description,
        ["action"] = Action,
        ["violations"] = new JArray(Violations.Select(v => new JObject
        {
            ["property"] = v.Property,
            ["violation"] = v.Violation,
        })),
        ["resources"] = new JArray(Resources.Select(r => new JObject
        {
            ["name"] = r.Name,
            ["url"] = r.Url,
        })),
    }.ToString(Formatting.None);

    /// <summary>
    /// The XML form: <c>&lt;ApiError&gt;&lt;errorCode/&gt;&lt;description/&gt;&lt;action/&gt;&lt;violations&gt;&lt;violation&gt;&lt;property/&gt;&lt;violation/&gt;&lt;/violation&gt;&lt;/violations&gt;&lt;resources&gt;&lt;resource&gt;&lt;name/&gt;&lt;url/&gt;&lt;/resource&gt;&lt;/resources&gt;&lt;/ApiError&gt;</c>:
    /// the JSON names as elements, each list item named after its list in the singular.
    /// </summary>
    public string ToXml() => WireXml.Render(new XElement(
        "ApiError",
        new XElement("errorCode", ErrorCode),
        new XElement("description", Description),
        new XElement("action", Action),
        new XElement(
            "violations",
            Violations.Select(v => new XElement(
                "violation",
                new XElement("property", v.Property),
                new XElement("violation", v.Violation)))),
        new XElement(
            "resources",
            Resources.Select(r => new XElement(
                "resource",
                new XElement("name", r.Name),
                new XElement("url", r.Url))))));
}
