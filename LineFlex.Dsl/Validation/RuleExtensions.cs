using FluentValidation;
using FluentValidation.Results;

namespace LineFlex;

/// <summary>What the validators share besides <see cref="NodeChecks{T}"/>: URI checks, short quotes and reporting at a path.</summary>
internal static class RuleExtensions
{
    internal static string? ActionUriProblem(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
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

    /// <summary>Long values are cut in messages so a finding stays one readable line; the finding keeps the whole value.</summary>
    internal static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";

    /// <summary>Adds a finding at <paramref name="relativePath"/> below the property being validated.</summary>
    public static void Report<T>(this ValidationContext<T> context, FlexRule rule, string relativePath, string message, object? attemptedValue)
    {
        var path = context.PropertyPath;
        if (relativePath.Length > 0)
        {
            path = path.Length == 0 || relativePath[0] == '[' ? path + relativePath : path + "." + relativePath;
        }

        context.AddFailure(new ValidationFailure(path, message, attemptedValue)
        {
            ErrorCode = rule.Code,
            Severity = rule.Severity == FindingSeverity.Warning ? Severity.Warning : Severity.Error,
        });
    }
}
