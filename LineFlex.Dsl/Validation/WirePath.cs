using System.Text;

namespace LineFlex;

/// <summary>
/// Turns FluentValidation's property path (<c>Messages[0].Content.AltText</c>) into the wire JSON path
/// (<c>messages[0].content.altText</c>): every wire name is its C# property name in camel case.
/// </summary>
internal static class WirePath
{
    public static string FromPropertyPath(string propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(propertyPath.Length);
        var startOfName = true;
        foreach (var c in propertyPath)
        {
            builder.Append(startOfName && char.IsUpper(c) ? char.ToLowerInvariant(c) : c);
            startOfName = c == '.';
        }

        return builder.ToString();
    }
}
