using Flurl.Http;
using Microsoft.Extensions.Logging;
using Polly;

namespace LineFlex;

/// <summary>One call: the request line and headers, the pipeline, and the mapping of every failure.</summary>
public sealed partial class LineFlexClient
{
    /// <summary>The most of an error body that is read; an error page larger than this is cut.</summary>
    internal const int MaxErrorBodyChars = 64 * 1024;

    private async Task<IFlurlResponse> CallAsync(
        HttpMethod method,
        string[] path,
        IReadOnlyList<KeyValuePair<string, string>>? query,
        Func<HttpContent>? content,
        CancellationToken cancellationToken)
    {
        var target = $"{method} /{string.Join('/', path)}";
        var attempts = 0;
        var started = Now();
        IFlurlResponse response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                    async token =>
                    {
                        attempts++;
                        var request = _flurl.Request(BaseUrl.AbsoluteUri)
                            .AppendPathSegments(path)
                            .WithHeader("Authorization", _authorization)
                            .WithHeader("User-Agent", UserAgent)
                            .WithHeader("Accept", "application/json")
                            .AllowAnyHttpStatus();
                        request.Settings.Timeout = null;
                        request.Settings.JsonSerializer = FlexNewtonsoftSerializer.Instance;
                        foreach (var (name, value) in query ?? [])
                        {
                            request.SetQueryParam(name, value);
                        }

                        var body = content?.Invoke();
                        if (body is not null && _options.LogMessageContent && _logger.IsEnabled(LogLevel.Debug))
                        {
                            LogBody(_logger, target, await body.ReadAsStringAsync(token).ConfigureAwait(false), null);
                        }

                        try
                        {
                            return await request.SendAsync(method, body, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                        }
                        catch (FlurlHttpException) when (token.IsCancellationRequested)
                        {
                            // Flurl reports a cancelled send as a failed call; the pipeline needs to see the
                            // cancellation to tell its own timeout from the caller's cancellation.
                            throw new OperationCanceledException(token);
                        }
                    },
                    cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogCancelled(_logger, target, MillisecondsSince(started), attempts, null);
            throw;
        }
        catch (Exception e) when (InfobipResilience.Classify(e) is { } failure)
        {
            var error = new LineFlexTransportException(failure, target + " at " + BaseUrl.Authority, attempts, InfobipResilience.Cause(e));
            LogFailed(_logger, target, failure.ToString(), MillisecondsSince(started), attempts, null);
            throw error;
        }

        LogCall(_logger, target, response.StatusCode, MillisecondsSince(started), attempts, null);
        WarnOnSunset(response, target);
        if (response.StatusCode is >= 200 and < 300)
        {
            return response;
        }

        using (response)
        {
            throw await ToApiExceptionAsync(response, attempts).ConfigureAwait(false);
        }
    }

    private static async Task<LineFlexApiException> ToApiExceptionAsync(IFlurlResponse response, int attempts)
    {
        string? body = null;
        try
        {
            var stream = await response.GetStreamAsync().ConfigureAwait(false);
            using var reader = new StreamReader(stream);
            var buffer = new char[MaxErrorBodyChars];
            var read = await reader.ReadBlockAsync(buffer.AsMemory()).ConfigureAwait(false);
            body = new string(buffer, 0, read);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // A body cut short is still worth its status; whatever was read is kept.
        }

        var headers = response.ResponseMessage.Headers;
        var contentType = response.ResponseMessage.Content.Headers.ContentType?.MediaType;
        return new LineFlexApiException(
            response.StatusCode,
            ApiErrorParser.Parse(contentType, body),
            InfobipResilience.Header(headers, "Deprecation"),
            InfobipResilience.Header(headers, "Sunset"),
            InfobipResilience.RetryAfter(response),
            attempts);
    }

    private async Task<T> ReadJsonAsync<T>(IFlurlResponse response)
    {
        var text = await response.GetStringAsync().ConfigureAwait(false);
        if (_options.LogMessageContent && _logger.IsEnabled(LogLevel.Debug))
        {
            LogBody(_logger, "response", text, null);
        }

        try
        {
            return FlexNewtonsoftSerializer.Instance.Deserialize<T>(text)
                ?? throw new LineFlexResponseException($"Infobip answered {response.StatusCode} with an empty body where a result was expected.");
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new LineFlexResponseException(
                $"Infobip answered {response.StatusCode}, but the body is not the expected JSON: {e.Message} The message was probably accepted; check the delivery reports before sending it again.",
                e);
        }
    }

    private void WarnOnSunset(IFlurlResponse response, string target)
    {
        var headers = response.ResponseMessage.Headers;
        var deprecation = InfobipResilience.Header(headers, "Deprecation");
        var sunset = InfobipResilience.Header(headers, "Sunset");
        if (deprecation is not null || sunset is not null)
        {
            LogDeprecated(_logger, target, deprecation ?? "-", sunset ?? "-", null);
        }
    }

    private void LogRetry(int attempt, Outcome<IFlurlResponse> outcome, TimeSpan delay) =>
        LogRetrying(
            _logger,
            attempt,
            outcome.Result is { } result ? result.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : InfobipResilience.Classify(outcome.Exception)?.ToString() ?? "error",
            delay.TotalMilliseconds,
            null);

    private static readonly Action<ILogger, string, int, double, int, Exception?> LogCall =
        LoggerMessage.Define<string, int, double, int>(LogLevel.Information, new EventId(1, "InfobipCall"), "{Call} answered {Status} in {ElapsedMs:0} ms ({Attempts} attempt(s))");

    private static readonly Action<ILogger, string, string, double, int, Exception?> LogFailed =
        LoggerMessage.Define<string, string, double, int>(LogLevel.Warning, new EventId(2, "InfobipCallFailed"), "{Call} failed with {Failure} after {ElapsedMs:0} ms ({Attempts} attempt(s))");

    private static readonly Action<ILogger, int, string, double, Exception?> LogRetrying =
        LoggerMessage.Define<int, string, double>(LogLevel.Information, new EventId(3, "InfobipRetry"), "Attempt {Attempt} follows {Outcome} after {DelayMs:0} ms");

    private static readonly Action<ILogger, string, double, int, Exception?> LogCancelled =
        LoggerMessage.Define<string, double, int>(LogLevel.Information, new EventId(4, "InfobipCallCancelled"), "{Call} was cancelled after {ElapsedMs:0} ms ({Attempts} attempt(s))");

    private static readonly Action<ILogger, string, string, string, Exception?> LogDeprecated =
        LoggerMessage.Define<string, string, string>(LogLevel.Warning, new EventId(5, "InfobipDeprecation"), "{Call} is deprecated (Deprecation: {Deprecation}, Sunset: {Sunset})");

    private static readonly Action<ILogger, string, string, Exception?> LogBody =
        LoggerMessage.Define<string, string>(LogLevel.Debug, new EventId(6, "InfobipBody"), "{Call} body: {Body}");
}
