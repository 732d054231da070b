namespace LineFlex;

/// <summary>What the validators share besides <see cref="NodeChecks{T}"/>: URI checks.</summary>
internal static class RuleExtensions
{
    internal static string? ActionUriProblem(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        // Stryker disable once Equality : a colon first gives an empty scheme either way
        var scheme = colon > 0 ? value.AsSpan(0, colon) : [];
        var web = SchemeIs(scheme, "http") || SchemeIs(scheme, "https");
        if (!(web || SchemeIs(scheme, "line") || SchemeIs(scheme, "tel")))
        {
            return "does not use one of the schemes LINE opens: http, https, line or tel";
        }

        if (web && !Uri.TryCreate(value, UriKind.Absolute, out _))
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

    /// <summary>
    /// Whether <paramref name="scheme"/>, lower-cased with the invariant culture, is <paramref name="word"/>: an ASCII
    /// scheme is compared as it stands, without a string; any other is lower-cased as the rule reads it.
    /// </summary>
    private static bool SchemeIs(ReadOnlySpan<char> scheme, string word) =>
        System.Text.Ascii.IsValid(scheme)
            ? System.Text.Ascii.EqualsIgnoreCase(scheme, word)
            : string.Equals(scheme.ToString().ToLowerInvariant(), word, StringComparison.Ordinal);
}
