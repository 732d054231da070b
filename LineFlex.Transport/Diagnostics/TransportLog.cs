using Microsoft.Extensions.Logging;

namespace LineFlex;

/// <summary>
/// Every log line the client writes, each with a stable event id and a level that matches its severity: a success
/// is Debug; a failure that may pass (a 429, a 503, no answer) and one after which the message may have been
/// delivered are Warnings, as are retries; a failure that repeats until the request or the configuration changes
/// (a 401 or 403 above all, a 400, a redirect) is an Error; a cancellation is Information. The API key is never
/// logged, and message content only when <see cref="LineFlexOptions.LogMessageContent"/> is on. docs/transport.md
/// lists them all.
/// </summary>
internal static partial class TransportLog
{
    [LoggerMessage(EventId = 1, EventName = "CallSucceeded", Level = LogLevel.Debug,
        Message = "{Call} answered {StatusCode} in {ElapsedMs:0} ms ({Attempts} attempt(s))")]
    public static partial void CallSucceeded(ILogger logger, string call, int statusCode, double elapsedMs, int attempts);

    [LoggerMessage(EventId = 2, EventName = "CallFailed", Level = LogLevel.Warning,
        Message = "{Call} failed with {ErrorType} after {ElapsedMs:0} ms ({Attempts} attempt(s)); nothing was delivered, and a later call may succeed")]
    public static partial void CallFailed(ILogger logger, string call, string errorType, double elapsedMs, int attempts);

    [LoggerMessage(EventId = 3, EventName = "CallRetrying", Level = LogLevel.Warning,
        Message = "Attempt {Attempt} follows {Outcome} after {DelayMs:0} ms ({Call})")]
    public static partial void CallRetrying(ILogger logger, int attempt, string outcome, double delayMs, string call);

    [LoggerMessage(EventId = 4, EventName = "CallCancelled", Level = LogLevel.Information,
        Message = "{Call} was cancelled after {ElapsedMs:0} ms ({Attempts} attempt(s)); nothing was delivered")]
    public static partial void CallCancelled(ILogger logger, string call, double elapsedMs, int attempts);

    [LoggerMessage(EventId = 5, EventName = "ApiDeprecated", Level = LogLevel.Warning,
        Message = "{Call} is deprecated (Deprecation: {Deprecation}, Sunset: {Sunset})")]
    public static partial void ApiDeprecated(ILogger logger, string call, string deprecation, string sunset);

    [LoggerMessage(EventId = 6, EventName = "Body", Level = LogLevel.Debug, Message = "{Call} body: {Body}")]
    public static partial void Body(ILogger logger, string call, string body);

    [LoggerMessage(EventId = 7, EventName = "CallRefused", Level = LogLevel.Error,
        Message = "{Call} failed with {ErrorType} after {ElapsedMs:0} ms ({Attempts} attempt(s)); it fails again until the request or the configuration changes")]
    public static partial void CallRefused(ILogger logger, string call, string errorType, double elapsedMs, int attempts);

    [LoggerMessage(EventId = 8, EventName = "CallUnauthorized", Level = LogLevel.Error,
        Message = "{Call} answered {StatusCode}: {Hint}")]
    public static partial void CallUnauthorized(ILogger logger, string call, int statusCode, string hint);

    [LoggerMessage(EventId = 9, EventName = "CallMayHaveDelivered", Level = LogLevel.Warning,
        Message = "{Call} failed with {ErrorType} after {ElapsedMs:0} ms ({Attempts} attempt(s)); the message may have been delivered: check the delivery reports before sending it again")]
    public static partial void CallMayHaveDelivered(ILogger logger, string call, string errorType, double elapsedMs, int attempts);
}
