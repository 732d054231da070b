namespace LineFlex.Sandbox;

/// <summary>
/// One authenticated HTTP request exactly as the sandbox received it, recorded before any fault or further check
/// (a request without a valid key, or with a body over <see cref="SandboxOptions.MaxRequestBodySize"/>, is not recorded).
/// </summary>
/// <param name="Method">The HTTP method (<c>POST</c>).</param>
/// <param name="PathAndQuery">The path and query string (<c>/line/1/reports?limit=10</c>).</param>
/// <param name="Headers">Every request header, looked up case-insensitively; repeated headers are joined with commas.</param>
/// <param name="Body">The body as UTF-8 text; empty when there was none.</param>
/// <param name="ReceivedAt">When it arrived, on <see cref="SandboxOptions.TimeProvider"/>.</param>
public sealed record ReceivedRequest(
    string Method,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt);
