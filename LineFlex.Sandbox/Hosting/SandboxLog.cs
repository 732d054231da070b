using Microsoft.Extensions.Logging;

namespace LineFlex.Sandbox;

/// <summary>Every log line the sandbox writes, each with a stable event id. The API key is never logged.</summary>
internal static partial class SandboxLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "LINE sandbox listening on {BaseUrl}")]
    public static partial void Listening(ILogger logger, Uri baseUrl);

    /// <summary>
    /// The one line of every request, written when it has been answered: a rejected, faulted or failed call is told
    /// here too. The method, the path and the bulk id are quoted as excerpts; the key and the body never appear.
    /// </summary>
    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Method} {Path} answered {StatusCode}: {MessageCount} message(s), bulk {BulkId}, {Outcome}")]
    public static partial void Request(ILogger logger, string method, string path, int statusCode, int messageCount, string bulkId, string outcome);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Posted the report of message {MessageId} to {Url}: {StatusCode}")]
    public static partial void WebhookPosted(ILogger logger, string messageId, Uri url, int statusCode);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "The webhook {Url} answered {StatusCode} to the report of message {MessageId}; it is not retried")]
    public static partial void WebhookRefused(ILogger logger, Uri url, int statusCode, string messageId);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Could not post the report of message {MessageId} to {Url}; it is not retried")]
    public static partial void WebhookFailed(ILogger logger, Exception exception, string messageId, Uri url);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "The report of message {MessageId} was not posted to {Url}: {Reason}")]
    public static partial void WebhookNotAllowed(ILogger logger, string messageId, Uri url, string reason);

    /// <summary>Written for the first report dropped and for every 1,000th after it, so a sandbox under load does not flood its log.</summary>
    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Dropped the unpulled delivery report of message {MessageId}, {Dropped} dropped so far: the sandbox keeps at most SandboxOptions.ReportCapacity ({Capacity}) reports waiting to be pulled. Pull them from GET /line/1/reports, or raise the capacity")]
    public static partial void ReportDropped(ILogger logger, string messageId, long dropped, int capacity);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "The sandbox failed on {Method} {Path}; answered 500")]
    public static partial void Failed(ILogger logger, Exception exception, string method, string path);
}
