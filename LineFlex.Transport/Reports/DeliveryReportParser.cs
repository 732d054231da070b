namespace LineFlex;

/// <summary>
/// Reads the delivery reports Infobip posts to a send's <c>webhooks.delivery.url</c>, in JSON
/// (the default) or XML (when the send asked for <c>webhooks.contentType = application/xml</c>).
/// Unknown properties and elements are ignored, so fields Infobip adds later do no harm; an unknown
/// status or error group name is kept as sent and maps to <see cref="StatusGroup.Unknown"/> or
/// <see cref="ErrorGroup.Unknown"/>. A body that cannot be read throws a
/// <see cref="DeliveryReportFormatException"/> naming what was wrong and where.
/// </summary>
/// <example>
/// In an ASP.NET Core endpoint:
/// <code>
/// var body = await new StreamReader(request.Body).ReadToEndAsync();
/// foreach (var report in DeliveryReportParser.Parse(body, request.ContentType))
/// {
///     if (report.Status?.Group == StatusGroup.Delivered) { ... }
/// }
/// </code>
/// </example>
public static class DeliveryReportParser
{
    /// <summary>
    /// Reads a JSON delivery report body, <c>{"results":[{"bulkId":...,"messageId":...,"status":{...}}, ...]}</c>,
    /// one report per message. Timestamps may carry an offset without a colon (<c>2023-09-26T10:52:15.457+0000</c>,
    /// as Infobip sends them) or an ISO one (<c>+00:00</c>, <c>Z</c>); numbers may also be written as strings.
    /// </summary>
    /// <param name="body">The request body.</param>
    /// <returns>The reports in the order of the body; empty when <c>results</c> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="DeliveryReportFormatException">The body is empty, malformed JSON, has no <c>results</c> array, or holds a value of the wrong kind.</exception>
    public static IReadOnlyList<DeliveryReport> ParseJson(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var text = new StringReader(body);
        return DeliveryReportJsonReader.Read(text);
    }

    /// <summary>
    /// Reads a JSON delivery report body from a stream (UTF-8 unless a byte order mark says otherwise),
    /// exactly as <see cref="ParseJson(string)"/> does. The stream is read to the end of the JSON and left open.
    /// </summary>
    /// <param name="body">The request body stream.</param>
    /// <returns>The reports in the order of the body.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="DeliveryReportFormatException">The body is empty, malformed JSON, has no <c>results</c> array, or holds a value of the wrong kind.</exception>
    public static IReadOnlyList<DeliveryReport> ParseJson(Stream body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var text = new StreamReader(body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return DeliveryReportJsonReader.Read(text);
    }

    /// <summary>
    /// Reads an XML delivery report body, the form Infobip posts when the send asked for
    /// <c>webhooks.contentType = application/xml</c>. The accepted shape:
    /// <code>
    /// &lt;DeliveryReports&gt;                     (or &lt;reportResponse&gt;)
    ///   &lt;results&gt;
    ///     &lt;result&gt;                           (or &lt;report&gt;), one per message
    ///       &lt;bulkId&gt;...&lt;/bulkId&gt;
    ///       &lt;messageId&gt;...&lt;/messageId&gt;
    ///       &lt;to&gt;66855538125&lt;/to&gt;
    ///       &lt;sentAt&gt;2023-09-26T10:52:15.457+0000&lt;/sentAt&gt;
    ///       &lt;price&gt;&lt;pricePerMessage&gt;0.15&lt;/pricePerMessage&gt;&lt;currency&gt;EUR&lt;/currency&gt;&lt;/price&gt;
    ///       &lt;status&gt;&lt;groupId&gt;3&lt;/groupId&gt;&lt;groupName&gt;DELIVERED&lt;/groupName&gt;...&lt;/status&gt;
    ///       &lt;error&gt;&lt;groupName&gt;OK&lt;/groupName&gt;...&lt;permanent&gt;false&lt;/permanent&gt;&lt;/error&gt;
    ///       &lt;platform&gt;&lt;entityId&gt;...&lt;/entityId&gt;&lt;applicationId&gt;...&lt;/applicationId&gt;&lt;/platform&gt;
    ///     &lt;/result&gt;
    ///   &lt;/results&gt;
    /// &lt;/DeliveryReports&gt;
    /// </code>
    /// Child elements are named exactly as the JSON properties (every property of <see cref="DeliveryReport"/>);
    /// namespaces are ignored, unknown elements are ignored, an empty element or one marked <c>xsi:nil="true"</c>
    /// is a missing value (an empty text element is an empty string). A DTD is refused.
    /// </summary>
    /// <param name="body">The request body.</param>
    /// <returns>The reports in document order; empty when <c>&lt;results/&gt;</c> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="DeliveryReportFormatException">The body is empty, malformed XML, has the wrong root or no <c>&lt;results&gt;</c>, or holds a value of the wrong kind.</exception>
    public static IReadOnlyList<DeliveryReport> ParseXml(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return DeliveryReportXmlReader.Read(body);
    }

    /// <summary>
    /// Reads a delivery report body in the format its content type names: <c>application/xml</c>,
    /// <c>text/xml</c> or any <c>+xml</c> type (parameters such as <c>charset</c> ignored) with
    /// <see cref="ParseXml(string)"/>, anything else, a missing content type included, with
    /// <see cref="ParseJson(string)"/>.
    /// </summary>
    /// <param name="body">The request body.</param>
    /// <param name="contentType">The request's <c>Content-Type</c> header, or null.</param>
    /// <returns>The reports in the order of the body.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="DeliveryReportFormatException">The body cannot be read in that format.</exception>
    public static IReadOnlyList<DeliveryReport> Parse(string body, string? contentType) =>
        IsXml(contentType) ? ParseXml(body) : ParseJson(body);

    private static bool IsXml(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var separator = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (separator < 0 ? contentType : contentType[..separator]).Trim();
        return mediaType.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/xml", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);
    }
}
