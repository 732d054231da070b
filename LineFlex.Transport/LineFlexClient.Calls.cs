using Flurl.Http;
using Microsoft.Extensions.Logging;

namespace LineFlex;

/// <summary>One call: the request line and headers, the retry and timeout policy, the bounded answer, and the mapping of every failure.</summary>
public sealed partial class LineFlexClient
{
    /// <summary>The most of an error body that is read; an error page larger than this is cut.</summary>
    internal const int MaxErrorBodyBytes = 64 * 1024;

    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<(CallAnswer Answer, int Attempts)> CallAsync(
        ObservedCall call,
        string url,
        IReadOnlyList<KeyValuePair<string, string>>? query,
        ReadOnlyMemory<byte>? body,
        CancellationToken cancellationToken)
    {
        var method = body is null ? HttpMethod.Get : HttpMethod.Post;
        var attempt = new Attempt(method, url, query, body, new CallHistory(_options.RetryUnsafeFailures, _options.MaxRetryAttempts));
        var history = attempt.History;
        if (body is { } logged && _options.LogMessageContent && _logger.IsEnabled(LogLevel.Debug))
        {
            TransportLog.Body(_logger, call.Target, System.Text.Encoding.UTF8.GetString(logged.Span));
        }

        CallAnswer answer;
        try
        {
            answer = await _policy.ExecuteAsync(
                static (state, token) => state.Client.AttemptAsync(state.Attempt, token),
                (Client: this, Attempt: attempt),
                call,
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            throw new CallCanceledException(history.Attempts, history.MayHaveBeenDelivered, e, cancellationToken);
        }
        catch (Exception e) when (InfobipResilience.Classify(e) is { } failure)
        {
            var cause = InfobipResilience.Cause(e);
            var detail = cause is null ? null : FlexLimits.Excerpt(cause.GetType().Name + ": " + _serverText.Redact(cause.Message), ServerText.ExcerptLength);
            throw new LineFlexTransportException(failure, call.Target + " at " + BaseUrl.Authority, history, detail, _serverText.Keepable(cause), callTimedOut: e is CallTimeoutException);
        }

        WarnOnSunset(answer, call.Target);
        if (answer.IsRedirect)
        {
            var location = answer.RedirectedTo?.ToString() ?? answer.Headers?.Location?.ToString();
            throw new LineFlexRedirectException(answer.RedirectedTo is null ? answer.StatusCode : null, _serverText.RedactOrNull(location), call.Target, history.Attempts);
        }

        if (answer.IsSuccess)
        {
            if (answer.BodyCut)
            {
                throw new LineFlexResponseTooLargeException(call.Target, answer.StatusCode, _options.MaxResponseBytes, history.Attempts, mayHaveBeenDelivered: method != HttpMethod.Get);
            }

            return (answer, history.Attempts);
        }

        throw ToApiException(answer, history);
    }

    /// <summary>What every attempt of one call sends, and the history the attempts share.</summary>
    private sealed record Attempt(
        HttpMethod Method,
        string Url,
        IReadOnlyList<KeyValuePair<string, string>>? Query,
        ReadOnlyMemory<byte>? Body,
        CallHistory History);

    /// <summary>One HTTP attempt, its answer read within it up to the limit.</summary>
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<CallAnswer> AttemptAsync(Attempt attempt, CancellationToken token)
    {
        var (method, url, query, body, history) = attempt;
        var request = _flurl.Request(url)
            .WithHeader("Authorization", _authorization)
            .WithHeader("User-Agent", UserAgent)
            .WithHeader("Accept", "application/json");
        if (_callsSetSettings)
        {
            ForEveryCall(request.Settings);
        }

        foreach (var (name, value) in query ?? [])
        {
            request.SetQueryParam(name, value);
        }

        // Not disposed here: it holds only the bytes, and a test double may read it after the call.
        var content = body is { } bytes ? new FlexJsonContent(bytes) : null;
        var start = new CallStart(content);
        request.EventHandlers.Add((FlurlEventType.BeforeCall, start));

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
                // Flurl reports a cancelled send as a failed call; the policy needs to see the
                // cancellation to tell its own timeout from the caller's cancellation.
                throw new OperationCanceledException(token);
            }

            throw;
        }

        using (response)
        {
            var message = response.ResponseMessage;
            var redirectedTo = message.RequestMessage?.RequestUri is { } final && start.SentTo is { } sentTo && final != sentTo ? final : null;
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

    /// <summary>What every call sets in Flurl: any status is an answer to read, a redirect is never followed, the policy times the call.</summary>
    private static void ForEveryCall(Flurl.Http.Configuration.FlurlHttpSettings settings)
    {
        settings.AllowedHttpStatusRange = "*";
        settings.Timeout = null;
        settings.Redirects.Enabled = false;
        settings.JsonSerializer = FlexNewtonsoftSerializer.Instance;
    }

    /// <summary>Notes where an attempt is sent as it leaves, and ties its body to that address.</summary>
    private sealed class CallStart(FlexJsonContent? content) : IFlurlEventHandler
    {
        /// <summary>The address the attempt was sent to; null until it leaves.</summary>
        public Uri? SentTo { get; private set; }

        public void Handle(FlurlEventType eventType, FlurlCall call)
        {
            SentTo = call.HttpRequestMessage.RequestUri;
            content?.Bind(call.HttpRequestMessage);
        }

        public Task HandleAsync(FlurlEventType eventType, FlurlCall call) => Task.CompletedTask;
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
        // The raw text first, for an excerpt of a page that is never decoded; then each text decoded from it.
        var text = _serverText.Redact(answer.Text());
        return new LineFlexApiException(
            answer.Answerer,
            answer.StatusCode,
            _serverText.Redact(ApiErrorParser.Parse(answer.ContentType, text)),
            HeaderText(answer, "Deprecation"),
            HeaderText(answer, "Sunset"),
            InfobipResilience.RetryAfter(answer.Headers, _time),
            history,
            InfobipResilience.Meaning(answer));
    }

    private string? HeaderText(CallAnswer answer, string name) =>
        InfobipResilience.Header(answer.Headers, name) is { } value ? FlexLimits.Excerpt(_serverText.Redact(value), ServerText.ExcerptLength) : null;

    private SendResult ReadSendResult(CallAnswer answer, string target, int attempts)
    {
        if (_options.LogMessageContent && _logger.IsEnabled(LogLevel.Debug))
        {
            TransportLog.Body(_logger, target + " answer", _serverText.Redact(answer.Text()));
        }

        if (SendResultReader.TryRead(answer.Body.Span) is { } read)
        {
            return read;
        }

        try
        {
            using var stream = answer.OpenBody();
            return FlexNewtonsoftSerializer.Instance.Deserialize<SendResult>(stream)
                ?? throw new LineFlexResponseException(
                    $"{answer.Answerer} answered {target} with {answer.StatusCode} and an empty body where a result was expected. The message was probably accepted; check the delivery reports before sending it again.",
                    attempts,
                    mayHaveBeenDelivered: true);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new LineFlexResponseException(
                $"{answer.Answerer} answered {target} with {answer.StatusCode}, but the body is not the expected JSON: {FlexLimits.Excerpt(_serverText.Redact(e.Message), ServerText.ExcerptLength)} The message was probably accepted; check the delivery reports before sending it again.",
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
            TransportLog.ApiDeprecated(_logger, target, deprecation ?? "-", sunset ?? "-");
        }
    }
}
