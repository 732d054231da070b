using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LineFlex.Sandbox;

/// <summary>
/// Infobip's recommended authentication, <c>Authorization: App &lt;api key&gt;</c>: with an expected key only that
/// key passes; without one any non-empty key does. The scheme is matched case-insensitively.
/// </summary>
internal sealed class ApiKeyCheck(string? expectedKey)
{
    private const string Scheme = "App ";

    private readonly byte[]? _expected = expectedKey is null ? null : Encoding.UTF8.GetBytes(expectedKey);

    /// <summary>Whether <paramref name="request"/> carries an acceptable key.</summary>
    public bool Accepts(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString().Trim();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var key = header[Scheme.Length..].Trim();
        if (key.Length == 0)
        {
            return false;
        }

        // Constant-time, so a sandbox exposed by mistake does not leak the key through timing.
        return _expected is null || CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), _expected);
    }
}
