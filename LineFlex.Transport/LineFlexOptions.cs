namespace LineFlex;

/// <summary>
/// How a <see cref="LineFlexClient"/> reaches Infobip: the account's base URL and API key, timeouts,
/// retries and bulk sending. Bind it from a <c>LineFlex</c> configuration section with
/// <c>services.AddLineFlex(configuration)</c>. See docs/transport.md.
/// </summary>
public sealed class LineFlexOptions
{
    /// <summary>The configuration section <c>AddLineFlex</c> binds by default.</summary>
    public const string SectionName = "LineFlex";

    /// <summary>
    /// The account's base URL (<c>https://xxxxx.api.infobip.com</c>), without a path: LineFlex adds <c>/line/1/messages</c>
    /// and <c>/line/1/reports</c> itself. HTTPS; plain HTTP only for a loopback host.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>The API key, sent as <c>Authorization: App &lt;key&gt;</c>. Never written to logs, messages or <c>ToString()</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one HTTP attempt may take: 10 ms to 24 hours, or <see cref="Timeout.InfiniteTimeSpan"/> for no limit. Default 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a call may take, retries and their delays included: 10 ms to 24 hours, or <see cref="Timeout.InfiniteTimeSpan"/> for no limit. Default 2 minutes.</summary>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries after the first attempt. Default 3; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry's delay, at most 24 hours; later ones grow exponentially, with jitter. Default 500 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest delay between two attempts, a <c>Retry-After</c> header included: at most 24 hours. Default 30 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Also retry failures after which the message may already have been delivered: a 500, 502 or 504,
    /// a timeout, a connection dropped mid-response. Infobip has no idempotency key, so a retry can deliver
    /// twice. By default only 429, 503 and a connection refused before the request was sent are retried. Off by default; turn it on only when you set your own <c>messageId</c>s and can tell
    /// duplicates apart.
    /// </summary>
    public bool RetryUnsafeFailures { get; set; }

    /// <summary>Validate every request with the rule set before sending it (a call can opt out). Default true.</summary>
    public bool ValidateBeforeSending { get; set; } = true;

    /// <summary>
    /// The rules the validation before a send leaves out: <c>o.Validation.Ignore("LF513")</c> for an account whose
    /// agreement with LINE allows what a rule warns of. None by default. See docs/validation.md, section "Turning a rule off".
    /// </summary>
    public FlexValidatorOptions Validation { get; } = new();

    /// <summary>The most messages <c>SendAllAsync</c> puts in one request. Default 100.</summary>
    public int BulkBatchSize { get; set; } = 100;

    /// <summary>How many requests <c>SendAllAsync</c> has in flight at once. Default 4.</summary>
    public int BulkConcurrency { get; set; } = 4;

    /// <summary>
    /// The most bytes read from one answer. A success body larger than this fails with
    /// <see cref="LineFlexResponseTooLargeException"/> (reading stops at the limit); an error body is cut at
    /// this or 64 KB, whichever is smaller. Default 4 MB: the largest answers, a pull of 1,000 delivery
    /// reports or a send of 1,000 messages, take well under 1 MB.
    /// </summary>
    public int MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>The default of <see cref="MaxResponseBytes"/>: 4 MB.</summary>
    public const int DefaultMaxResponseBytes = 4 * 1024 * 1024;

    /// <summary>Log request and response bodies at Debug level. Off by default: bodies hold phone numbers and message text.</summary>
    public bool LogMessageContent { get; set; }

    /// <summary>Checks the options, saying what is wrong with each and how to fix it.</summary>
    /// <returns>The base URL, parsed.</returns>
    /// <exception cref="ArgumentException">
    /// An option is missing or out of range. The message names every option that is wrong, one a line; the parameter
    /// name is the first of them.
    /// </exception>
    public Uri Validate()
    {
        var (baseUri, problems) = Check();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("\n", problems.Select(p => p.Message)), problems[0].Option);
        }

        return baseUri!;
    }

    /// <summary>Every problem with the options, in the order of the options, and the base URL when it is usable.</summary>
    internal (Uri? BaseUri, IReadOnlyList<(string Option, string Message)> Problems) Check()
    {
        var problems = new List<(string Option, string Message)>();
        var baseUri = CheckBaseUrl(problems);
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            problems.Add((nameof(ApiKey), "LineFlexOptions.ApiKey is missing. Set it to an Infobip API key with the line:message:send scope."));
        }
        else if (KeyCharacterProblem(ApiKey) is { } keyProblem)
        {
            problems.Add((nameof(ApiKey), keyProblem));
        }

        TimeoutWithin(AttemptTimeout, nameof(AttemptTimeout), problems);
        TimeoutWithin(OverallTimeout, nameof(OverallTimeout), problems);
        if (RetryBaseDelay < TimeSpan.Zero)
        {
            problems.Add((nameof(RetryBaseDelay), $"LineFlexOptions.RetryBaseDelay is {RetryBaseDelay}; it can't be negative."));
        }
        else if (MaxRetryAttempts > 0)
        {
            AtMostLongestWait(RetryBaseDelay, nameof(RetryBaseDelay), problems);
        }

        Positive(MaxRetryDelay, nameof(MaxRetryDelay), problems);
        if (MaxRetryAttempts > 0 && (MaxRetryDelay > TimeSpan.Zero || MaxRetryDelay == Timeout.InfiniteTimeSpan))
        {
            AtMostLongestWait(MaxRetryDelay, nameof(MaxRetryDelay), problems);
        }

        if (MaxRetryAttempts is < 0 or > 20)
        {
            problems.Add((nameof(MaxRetryAttempts), $"LineFlexOptions.MaxRetryAttempts is {MaxRetryAttempts}; use 0 (no retries) to 20."));
        }

        if (BulkBatchSize is < 1 or > 1000)
        {
            problems.Add((nameof(BulkBatchSize), $"LineFlexOptions.BulkBatchSize is {BulkBatchSize}; use 1 to 1000 messages per request."));
        }

        if (BulkConcurrency is < 1 or > 64)
        {
            problems.Add((nameof(BulkConcurrency), $"LineFlexOptions.BulkConcurrency is {BulkConcurrency}; use 1 to 64 requests in flight."));
        }

        if (MaxResponseBytes is < 1024 or > 1024 * 1024 * 1024)
        {
            problems.Add((nameof(MaxResponseBytes), $"LineFlexOptions.MaxResponseBytes is {MaxResponseBytes}; use 1024 (1 KB) to 1073741824 (1 GB)."));
        }

        return (problems.Count == 0 ? baseUri : null, problems);
    }

    /// <summary>
    /// The base URL, or null with its problem added. It is the account's base URL and nothing more: LineFlex appends
    /// <c>/line/1/messages</c> and <c>/line/1/reports</c> itself, so a URL with a path (an endpoint's whole URL pasted,
    /// say) or a query would fail only at the first call, with a 404 or 405.
    /// </summary>
    private Uri? CheckBaseUrl(List<(string Option, string Message)> problems)
    {
        const string Example = "such as https://xxxxx.api.infobip.com";
        string? problem = null;
        Uri? baseUri = null;
        if (string.IsNullOrWhiteSpace(BaseUrl))
        {
            problem = $"LineFlexOptions.BaseUrl is missing. Set it to your account's base URL, {Example}.";
        }
        else if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            problem = $"LineFlexOptions.BaseUrl \"{BaseUrl}\" is not an absolute http(s) URL. Use your account's base URL, {Example}.";
        }
        else if (baseUri.Scheme == Uri.UriSchemeHttp && !baseUri.IsLoopback)
        {
            problem = $"LineFlexOptions.BaseUrl \"{BaseUrl}\" uses plain HTTP, which would send the API key in clear text. Use https://, or a loopback host (127.0.0.1, localhost, [::1]) for a local sandbox.";
        }
        else if (baseUri.PathAndQuery != "/" || baseUri.Fragment.Length > 0)
        {
            problem = $"LineFlexOptions.BaseUrl \"{BaseUrl}\" has a path or query ({baseUri.PathAndQuery}{baseUri.Fragment}). Give your account's base URL only, {Example}: LineFlex adds /line/1/messages and /line/1/reports itself.";
        }

        if (problem is null)
        {
            return baseUri;
        }

        problems.Add((nameof(BaseUrl), problem));
        return null;
    }

    /// <summary>
    /// A key goes into a header as it is: a line break would start a header of its own, and a character
    /// outside printable ASCII cannot be sent at all. The message names the position, never the key.
    /// </summary>
    private static string? KeyCharacterProblem(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c is >= '!' and <= '~')
            {
                continue;
            }

            var what = c switch
            {
                '\r' or '\n' => "a line break (CR or LF), which would start a header of its own",
                ' ' or '\t' => "a space or tab",
                < ' ' or '\u007F' => $"a control character (U+{(int)c:X4})",
                _ => "a non-ASCII character, which cannot be sent in a header",
            };
            return $"LineFlexOptions.ApiKey holds {what} at position {i + 1} of {key.Length}. An Infobip API key is printable ASCII only: copy it again without surrounding quotes, spaces or line breaks (a trailing newline from a file or an environment variable, say).";
        }

        return null;
    }

    /// <summary>Shows the settings without the API key.</summary>
    public override string ToString() =>
        $"BaseUrl={BaseUrl}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(set)")}, AttemptTimeout={AttemptTimeout}, OverallTimeout={OverallTimeout}, MaxRetryAttempts={MaxRetryAttempts}, RetryUnsafeFailures={RetryUnsafeFailures}";

    /// <summary>The shortest timeout the client keeps: a shorter one would end an attempt before it could start.</summary>
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);

    /// <summary>The longest timeout or wait between attempts the client keeps.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(24);

    /// <summary>A timeout: positive, from 10 ms to 24 hours, or <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</summary>
    private static void TimeoutWithin(TimeSpan value, string name, List<(string Option, string Message)> problems)
    {
        Positive(value, name, problems);
        if (value > TimeSpan.Zero && (value < ShortestTimeout || value > LongestWait))
        {
            problems.Add((name, $"LineFlexOptions.{name} is {value}; use 10 ms to 24 hours, or Timeout.InfiniteTimeSpan for no limit."));
        }
    }

    /// <summary>A wait between attempts, which has to end: at most 24 hours.</summary>
    private static void AtMostLongestWait(TimeSpan value, string name, List<(string Option, string Message)> problems)
    {
        if (value == Timeout.InfiniteTimeSpan || value > LongestWait)
        {
            problems.Add((name, $"LineFlexOptions.{name} is {value}; use at most 24 hours."));
        }
    }

    private static void Positive(TimeSpan value, string name, List<(string Option, string Message)> problems)
    {
        if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            problems.Add((name, $"LineFlexOptions.{name} is {value}; it must be positive."));
        }
    }
}
