using System.Globalization;

namespace LineFlex.Sandbox;

/// <summary>Infobip's timestamp form, <c>2023-09-26T10:52:15.457+0000</c>: UTC, milliseconds, an offset without a colon.</summary>
internal static class WireTime
{
    /// <summary>Formats <paramref name="time"/> in UTC the way Infobip writes timestamps.</summary>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";
}
