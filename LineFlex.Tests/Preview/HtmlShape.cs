using System.Net;
using System.Text.RegularExpressions;

namespace LineFlex.Tests.Preview;

/// <summary>
/// Reads a preview document the way a browser's tokenizer would start to, and lists every way it could run script,
/// fetch or navigate: a tag outside the preview's vocabulary, an attribute outside it (any <c>on...</c> handler),
/// a link or image that is not https (or http to loopback, or a raster data image), a style declaration whose value
/// holds anything but a length, a colour or a keyword, or a second stylesheet.
/// </summary>
internal static partial class HtmlShape
{
    private static readonly HashSet<string> Tags =
    [
        "!doctype", "html", "head", "meta", "title", "style", "body", "section", "div", "span", "p", "a", "img", "h1", "h2",
        "ol", "ul", "li", "code", "table", "tr", "th", "td", "pre", "details", "summary", "dl", "dt", "dd", "strong", "header", "nav", "main", "time",
    ];

    private static readonly HashSet<string> Attributes =
    [
        "class", "style", "data-path", "data-findings", "title", "href", "src", "alt", "target", "rel", "referrerpolicy", "dir", "lang",
        "charset", "http-equiv", "content", "name", "role", "aria-label", "start", "scope", "id", "datetime",
    ];

    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        var styles = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (!Tags.Contains(name))
            {
                problems.Add($"tag <{name}>");
            }

            styles += name == "style" && tag.Groups["close"].Length == 0 ? 1 : 0;
            var rest = tag.Groups["attributes"].Value;
            if (name == "!doctype")
            {
                continue;
            }

            var consumed = 0;
            foreach (Match attribute in Attribute().Matches(rest))
            {
                consumed += attribute.Length;
                var attributeName = attribute.Groups["name"].Value;
                var value = WebUtility.HtmlDecode(attribute.Groups["value"].Value);
                if (!Attributes.Contains(attributeName))
                {
                    problems.Add($"attribute {attributeName} on <{name}>");
                }

                if (attributeName is "href" or "src" && !SafeTarget().IsMatch(value))
                {
                    problems.Add($"{attributeName}=\"{value}\"");
                }

                if (attributeName == "style")
                {
                    foreach (var declaration in value.Split(';', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!Declaration().IsMatch(declaration))
                        {
                            problems.Add($"style declaration \"{declaration}\"");
                        }
                    }
                }

                if (attributeName == "content" && value.Contains("url", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"meta content \"{value}\"");
                }
            }

            if (consumed != rest.TrimEnd('/').Length)
            {
                problems.Add($"unparsed attribute text in <{name}{rest}>");
            }
        }

        if (styles != 1)
        {
            problems.Add($"{styles} style elements");
        }

        return problems;
    }

    [GeneratedRegex("<(?<close>/?)(?<name>!?[A-Za-z][A-Za-z0-9-]*)(?<attributes>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s(?<name>[a-z-]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("^(https://[^\\s\"'<>`]+|http://(127\\.0\\.0\\.1|localhost)(:[0-9]+)?/[^\\s\"'<>`]*|data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+)$")]
    private static partial Regex SafeTarget();

    [GeneratedRegex("^-?[a-z-]+:[#0-9A-Za-z.%/ -]+$")]
    private static partial Regex Declaration();
}
