using Flurl.Http;
using Microsoft.Extensions.Logging;
using Polly;

namespace LineFlex;

/// <summary>One call: the request line and headers, the pipeline, the bounded answer, and the mapping of every failure.</summary>
public sealed partial class LineFlexClient
{
    /// <summary>The most of an error body that is read; an error page larger than this is cut.</summary>
    internal const int MaxErrorBodyBytes = 64 * 1024;

    private async Task<(CallAnswer Answer, int Attempts)> CallAsync(
        HttpMethod method,
        string[] path,
        IReadOnlyList<KeyValuePair<string, string>>? query,
        ReadOnlyMemory<byte>? body,
        CancellationToken cancellationToken)
    {
        var target = $"{method} /{string.Join('/', path)}";
        var history = new CallHistory(_options.RetryUnsafeFailures, _options.MaxRetryAttempts);
        var started = Now();
        if (body is { } logged && _options.LogMessageContent && _logger.IsEnabled(LogLevel.Debug))
        {
            LogBody(_logger, target, System.Text.Encoding.UTF8.GetString(logged.Span), null);
        }

        CallAnswer answer;
        try
        {
            answer = await _pipeline.ExecuteAsync(token => AttemptAsync(method, path, query, body, history, token), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            LogCancelled(_logger, target, MillisecondsSince(started), history.Attempts, null);
            throw new CallCanceledException(history.Attempts, history.MayHaveBeenDelivered, e, cancellationToken);
        }
        catch (Exception e) when (InfobipResilience.Classify(e) is { } failure)
        {
            var cause = InfobipResilience.Cause(e);
            var detail = cause is null ? null : ServerText.Excerpt(cause.GetType().Name + ": " + _serverText.Redact(cause.Message));
            var error = new LineFlexTransportException(failure, target + " at " + BaseUrl.Authority, history, detail, _serverText.Keepable(cause));
            LogFailed(_logger, target, failure.ToString(), MillisecondsSince(started), history.Attempts, null);
            throw error;
        }

        LogCall(_logger, target, answer.StatusCode, MillisecondsSince(started), history.Attempts, null);
        WarnOnSunset(answer, target);
        if (answer.IsRedirect)
        {
            var location = answer.RedirectedTo?.ToString() ?? answer.Headers?.Location?.ToString();
            throw new LineFlexRedirectException(answer.RedirectedTo is null ? answer.StatusCode : null, _serverText.RedactOrNull(location), target, history.Attempts);
        }

        if (answer.IsSuccess)
        {
            if (answer.BodyCut)
            {
                throw new LineFlexResponseTooLargeException(target, answer.StatusCode, _options.MaxResponseBytes, history.Attempts, mayHaveBeenDelivered: method != HttpMethod.Get);
            }

            return (answer, history.Attempts);
        }

        throw ToApiException(answer, history);
    }

    /// <summary>One HTTP attempt, its answer read within it up to the limit.</summary>
    private async ValueTask<CallAnswer> AttemptAsync(
        HttpMethod method,
        string[] path,
        IReadOnlyList<KeyValuePair<string, string>>? query,
        ReadOnlyMemory<byte>? body,
        CallHistory history,
        CancellationToken token)
    {
        var request = _flurl.Request(BaseUrl.AbsoluteUri)
            .AppendPathSegments(path)
            .WithHeader("Authorization", _authorization)
            .WithHeader("User-Agent", UserAgent)
            .WithHeader("Accept", "application/json")
            .AllowAnyHttpStatus();
        request.Settings.Timeout = null;
        request.Settings.Redirects.Enabled = false;
        request.Settings.JsonSerializer = FlexNewtonsoftSerializer.Instance;
        foreach (var (name, value) in query ?? [])
        {
            request.SetQueryParam(name, value);
        }

        // Not disposed here: it holds only the bytes, and a test double may read it after the call.
        var content = body is { } bytes ? new FlexJsonContent(bytes) : null;
        Uri? sentTo = null;
        request.BeforeCall(call =>
        {
            sentTo = call.HttpRequestMessage.RequestUri;
            content?.Bind(call.HttpRequestMessage);
        });

        history.Started();
        IFlurlResponse response;
        try
        {
            response = await request.SendAsync(method, content, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        }
        catch (FlurlHttpException e) when (Refused(e) is { } redirected)
        {
            history.Ended(mayHaveBeenDelivered: false);
            return new CallAnswer { StatusCode = 0, RedirectedTo = redirected };
        }
        catch (Exception e)
        {
            history.Ended(InfobipResilience.Meaning(e) != AttemptOutcome.NotProcessed);
            if (e is FlurlHttpException && token.IsCancellationRequested)
            {
                // Flurl reports a cancelled send as a failed call; the pipeline needs to see the
                // cancellation to tell its own timeout from the caller's cancellation.
                throw new OperationCanceledException(token);
            }

            throw;
        }

        using (response)
        {
            var message = response.ResponseMessage;
            var redirectedTo = message.RequestMessage?.RequestUri is { } final && sentTo is not null && final != sentTo ? final : null;
            var answer = new CallAnswer
            {
                StatusCode = response.StatusCode,
                Headers = message.Headers,
                ContentType = message.Content.Headers.ContentType?.MediaType,
                RedirectedTo = redirectedTo,
            };
            if (answer.IsRedirect)
            {
                history.Ended(mayHaveBeenDelivered: false);
                return answer;
            }

            try
            {
                var limit = answer.IsSuccess ? _options.MaxResponseBytes : Math.Min(_options.MaxResponseBytes, MaxErrorBodyBytes);
                var (read, cut) = await BoundedBody.ReadAsync(message.Content, limit, token).ConfigureAwait(false);
                answer = new CallAnswer
                {
                    StatusCode = answer.StatusCode,
                    Headers = answer.Headers,
                    ContentType = answer.ContentType,
                    Body = read,
                    BodyCut = cut,
                };
            }
            catch (Exception e) when (e is IOException or HttpRequestException && !answer.IsSuccess)
            {
                // An error body cut short is still worth its status; whatever was read is lost with it.
            }
            catch (Exception)
            {
                history.Ended(mayHaveBeenDelivered: true);
                throw;
            }

            history.Ended(InfobipResilience.Meaning(answer) == AttemptOutcome.MayHaveBeenDelivered || (answer.IsSuccess && method != HttpMethod.Get));
            return answer;
        }
    }

    /// <summary>The address a handler below LineFlex tried to send the body on to, when that is why the call failed.</summary>
    private static Uri? Refused(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RedirectRefusedException refused)
            {
                return refused.Target;
            }
        }

        return null;
    }

    private LineFlexApiException ToApiException(CallAnswer answer, CallHistory history)
    {
        var text = _serverText.Redact(answer.Text());
        return new LineFlexApiException(
            answer.StatusCode,
            ApiErrorParser.Parse(answer.ContentType, text),
            HeaderText(answer, "Deprecation"),
            HeaderText(answer, "Sunset"),
            InfobipResilience.RetryAfter(answer.Headers, _time),
            history,
            InfobipResilience.Meaning(answer));
    }

    private string? HeaderText(CallAnswer answer, string name) =>
        InfobipResilience.Header(answer.Headers, name) is { } value ? ServerText.Excerpt(_serverText.Redact(value)) : null;

    private T ReadJson<T>(CallAnswer answer, string target, int attempts)
    {
        if (_options.LogMessageContent && _logger.IsEnabled(LogLevel.Debug))
        {
            LogBody(_logger, "response", _serverText.Redact(answer.Text()), null);
        }

        try
        {
            using var stream = answer.OpenBody();
            return FlexNewtonsoftSerializer.Instance.Deserialize<T>(stream)
                ?? throw new LineFlexResponseException(
                    $"Infobip answered {target} with {answer.StatusCode} and an empty body where a result was expected. The message was probably accepted; check the delivery reports before sending it again.",
                    attempts,
                    mayHaveBeenDelivered: true);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new LineFlexResponseException(
                $"Infobip answered {target} with {answer.StatusCode}, but the body is not the expected JSON: {ServerText.Excerpt(_serverText.Redact(e.Message))} The message was probably accepted; check the delivery reports before sending it again.",
                attempts,
                mayHaveBeenDelivered: true,
                _serverText.Keepable(e));
        }
    }

    private void WarnOnSunset(CallAnswer answer, string target)
    {
        var deprecation = HeaderText(answer, "Deprecation");
        var sunset = HeaderText(answer, "Sunset");
        if (deprecation is not null || sunset is not null)
        {
            LogDeprecated(_logger, target, deprecation ?? "-", sunset ?? "-", null);
        }
    }

    private void LogRetry(int attempt, Outcome<CallAnswer> outcome, TimeSpan delay) =>
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
