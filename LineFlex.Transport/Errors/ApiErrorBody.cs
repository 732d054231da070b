namespace LineFlex;

/// <summary>
/// What an HTTP error body from Infobip said, whatever form it came in (see <see cref="Format"/>).
/// Read one with <see cref="ApiErrorParser.Parse(string?, string?)"/>; the lists are never null, and two
/// bodies are equal when they say the same, whatever list types hold their violations and resources.
/// </summary>
public sealed record ApiErrorBody
{
    /// <summary>Infobip's error code: <c>E400</c>, <c>E401</c>, ... or, from the legacy envelope, <c>BAD_REQUEST</c>, <c>UNAUTHORIZED</c>, ...</summary>
    public string? ErrorCode { get; init; }

    /// <summary>What went wrong, as Infobip says.</summary>
    public string? Description { get; init; }

    /// <summary>What to do to recover, as Infobip says.</summary>
    public string? Action { get; init; }

    /// <summary>The request properties Infobip rejected and why; empty when none were named.</summary>
    public IReadOnlyList<ApiViolation> Violations { get; init; } = ValueList<ApiViolation>.Empty;

    /// <summary>Documentation Infobip points to for recovering; empty when none.</summary>
    public IReadOnlyList<ApiResource> Resources { get; init; } = ValueList<ApiResource>.Empty;

    /// <summary>The form the body came in.</summary>
    public ApiErrorFormat Format { get; init; }

    /// <summary>
    /// The start of a body that was not a readable error (<see cref="ApiErrorFormat.Html"/>,
    /// <see cref="ApiErrorFormat.Unreadable"/>), at most <see cref="ApiErrorParser.ExcerptLength"/> characters,
    /// for logs and messages; null for a well-formed error and for an empty body.
    /// </summary>
    public string? RawExcerpt { get; init; }

    /// <summary>Whether <paramref name="other"/> says the same, list items compared in order.</summary>
    public bool Equals(ApiErrorBody? other) =>
        other is not null
        && ErrorCode == other.ErrorCode
        && Description == other.Description
        && Action == other.Action
        && Format == other.Format
        && RawExcerpt == other.RawExcerpt
        && Violations.SequenceEqual(other.Violations)
        && Resources.SequenceEqual(other.Resources);

    /// <summary>A hash code consistent with <see cref="Equals(ApiErrorBody?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ErrorCode);
        hash.Add(Description);
        hash.Add(Action);
        hash.Add(Format);
        hash.Add(RawExcerpt);
        foreach (var violation in Violations)
        {
            hash.Add(violation);
        }

        foreach (var resource in Resources)
        {
            hash.Add(resource);
        }

        return hash.ToHashCode();
    }
}

/// <summary>One request property Infobip rejected (schema <c>ApiErrorViolation</c>).</summary>
/// <param name="Property">The property's wire path, such as <c>messages[0].content.altText</c>; empty when Infobip named none.</param>
/// <param name="Violation">Why it was rejected, such as <c>size must be between 0 and 400</c>.</param>
public sealed record ApiViolation(string Property, string Violation);

/// <summary>A documentation page Infobip points to for recovering from an error (schema <c>ApiErrorResource</c>).</summary>
/// <param name="Name">The page's title, such as <c>API Authentication</c>; empty when Infobip gave none.</param>
/// <param name="Url">The page's address; empty when Infobip gave none.</param>
public sealed record ApiResource(string Name, string Url);
