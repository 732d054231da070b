using System.Globalization;

namespace LineFlex;

/// <summary>
/// One object of a delivery report body, JSON or XML alike: the fields are read through it, so the
/// mapping to <see cref="DeliveryReport"/> is written once for both formats. Values are read leniently
/// (a number written as a string is a number; a blank value is a missing one) but a value that cannot be
/// what the field holds fails with a <see cref="DeliveryReportFormatException"/> naming the field.
/// </summary>
internal abstract class ReportNode
{
    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", // 2023-09-26T10:52:15.457+0000, +00:00, Z, or no offset (UTC)
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzz", // 2023-09-26T10:52:15.457+00
    ];

    /// <summary>The child object <paramref name="name"/>, or null when it is missing or null.</summary>
    public abstract ReportNode? Child(string name);

    /// <summary>The scalar <paramref name="name"/> as text, or null when it is missing or null.</summary>
    protected abstract ReportScalar? Scalar(string name);

    /// <summary>A text field.</summary>
    public string? String(string name) => Scalar(name)?.Text;

    /// <summary>A whole-number field.</summary>
    public int? Int32(string name)
    {
        if (Typed(name) is not { } scalar)
        {
            return null;
        }

        return int.TryParse(scalar.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw scalar.Fail($"'{name}' must be a whole number, but the report has \"{FlexLimits.Excerpt(scalar.Text)}\".");
    }

    /// <summary>A decimal-number field, kept exact.</summary>
    public decimal? Decimal(string name)
    {
        if (Typed(name) is not { } scalar)
        {
            return null;
        }

        return decimal.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw scalar.Fail($"'{name}' must be a number such as 0.15, but the report has \"{FlexLimits.Excerpt(scalar.Text)}\".");
    }

    /// <summary>A true/false field.</summary>
    public bool? Boolean(string name)
    {
        if (Typed(name) is not { } scalar)
        {
            return null;
        }

        return bool.TryParse(scalar.Text.Trim(), out var value)
            ? value
            : throw scalar.Fail($"'{name}' must be true or false, but the report has \"{FlexLimits.Excerpt(scalar.Text)}\".");
    }

    /// <summary>
    /// A timestamp field: Infobip's <c>2023-09-26T10:52:15.457+0000</c> (offset without a colon) and the
    /// ISO forms (<c>+00:00</c>, <c>Z</c>); one without an offset is taken as UTC.
    /// </summary>
    public DateTimeOffset? Timestamp(string name)
    {
        if (Typed(name) is not { } scalar)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(
            scalar.Text.Trim(), TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw scalar.Fail(
                $"'{name}' must be a timestamp such as 2023-09-26T10:52:15.457+0000, but the report has \"{FlexLimits.Excerpt(scalar.Text)}\".");
    }

    private ReportScalar? Typed(string name) =>
        Scalar(name) is { } scalar && !string.IsNullOrWhiteSpace(scalar.Text) ? scalar : null;
}
