namespace LineFlex.Sandbox;

/// <summary>One <c>violations[]</c> entry of an Infobip <c>ApiError</c>: where, and what is wrong there.</summary>
/// <param name="Property">The wire JSON path (<c>messages[0].content.altText</c>); empty for the whole body.</param>
/// <param name="Violation">What is wrong there.</param>
internal sealed record ApiViolation(string Property, string Violation)
{
    /// <summary>A violation whose path and text may quote the request, each bounded to a line (see <see cref="Excerpt.Message"/>).</summary>
    public static ApiViolation Quoting(string property, string violation) => new(Excerpt.Message(property), Excerpt.Message(violation));
}
