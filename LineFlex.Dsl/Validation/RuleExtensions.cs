namespace LineFlex;

/// <summary>What the validators share besides <see cref="NodeChecks{T}"/>: URI checks.</summary>
internal static class RuleExtensions
{
    internal static string? ActionUriProblem(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        // Stryker disable once Equality : a colon first gives an empty scheme either way
        var scheme = colon > 0 ? value[..colon].ToLowerInvariant() : string.Empty;
        if (scheme is not ("http" or "https" or "line" or "tel"))
        {
            return "does not use one of the schemes LINE opens: http, https, line or tel";
        }

        if (scheme is "http" or "https" && !Uri.TryCreate(value, UriKind.Absolute, out _))
        {
            return "is not an absolute URL";
        }

        foreach (var c in value)
        {
            if (c <= ' ' || c > '~')
            {
                return "holds a space or a character that is not percent-encoded; percent-encode it as UTF-8";
            }
        }

        return null;
    }
}
