using System.Reflection;
using Flurl.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LineFlex;

/// <summary>
/// Sends LINE Official Notification messages through Infobip's LINE API and reads their delivery
/// reports: a thin, typed client over Flurl.Http that validates before sending, retries what is safe
/// to retry, and turns every failure into a <see cref="LineFlexException"/> that never shows the API key.
/// </summary>
/// <remarks>
/// Thread-safe: create one and share it. It never touches Flurl's global settings. See docs/transport.md.
/// </remarks>
public sealed partial class LineFlexClient : ILineFlexClient, IDisposable
{
    private const string MessagesPath = "/line/1/messages";
    private const string ReportsPath = "/line/1/reports";

    /// <summary>The library's version without the commit (<c>0.2.0</c>), as the User-Agent and telemetry say it.</summary>
    internal static readonly string LibraryVersion = Version();

    private static readonly string UserAgent = "LineFlex/" + LibraryVersion;

    private readonly IFlurlClient _flurl;
    private readonly bool _ownsFlurl;
    private readonly bool _callsSetSettings;
    private readonly LineFlexOptions _options;
    private readonly string _authorization;
    private readonly ILogger _logger;
    private readonly SendValidator _validator;
    private readonly TimeProvider _time;
    private readonly CallPolicy _policy;
    private readonly ServerText _serverText;
    private readonly TransportInstruments _instruments;
    private readonly string _messagesUrl;
    private readonly string _reportsUrl;

    /// <summary>A client for <paramref name="baseUrl"/> with <paramref name="apiKey"/> and default options.</summary>
    /// <exception cref="ArgumentException">
    /// The URL is not HTTPS (nor HTTP on a loopback host), or the key is missing or holds a character that
    /// cannot go in a header (a line break, another control character, a non-ASCII character).
    /// </exception>
    public LineFlexClient(string baseUrl, string apiKey)
        : this(new LineFlexOptions { BaseUrl = baseUrl, ApiKey = apiKey })
    {
    }

    /// <summary>A client with its own connection, configured by <paramref name="options"/>.</summary>
    public LineFlexClient(LineFlexOptions options, ILogger<LineFlexClient>? logger = null, TimeProvider? timeProvider = null)
        : this(options, flurl: null, ownsSettings: true, logger, timeProvider, instruments: null)
    {
    }

    /// <summary>
    /// A client over an <see cref="HttpClient"/> you own, such as one from <c>IHttpClientFactory</c>. Give it a
    /// handler that does not follow redirects (<c>AllowAutoRedirect = false</c>); if it does, LineFlex still
    /// refuses to send the body on and throws <see cref="LineFlexRedirectException"/>.
    /// </summary>
    public LineFlexClient(HttpClient httpClient, LineFlexOptions options, ILogger<LineFlexClient>? logger = null, TimeProvider? timeProvider = null)
        : this(options, new FlurlClient(httpClient ?? throw new ArgumentNullException(nameof(httpClient))), ownsSettings: true, logger, timeProvider, instruments: null)
    {
    }

    /// <summary>A client over <paramref name="httpClient"/> that measures through <paramref name="instruments"/>: the one dependency injection makes.</summary>
    internal LineFlexClient(HttpClient httpClient, LineFlexOptions options, ILogger<LineFlexClient>? logger, TimeProvider? timeProvider, TransportInstruments instruments, SendValidator? validator = null)
        : this(options, new FlurlClient(httpClient ?? throw new ArgumentNullException(nameof(httpClient))), ownsSettings: true, logger, timeProvider, instruments, validator)
    {
    }

    /// <summary>A client over a Flurl client you own; its settings are left as they are, but LineFlex's calls never follow redirects.</summary>
    public LineFlexClient(IFlurlClient flurlClient, LineFlexOptions options, ILogger<LineFlexClient>? logger = null, TimeProvider? timeProvider = null)
        : this(options, flurlClient ?? throw new ArgumentNullException(nameof(flurlClient)), ownsSettings: false, logger, timeProvider, instruments: null)
    {
    }

    // ownsSettings: whether the Flurl client is LineFlex's own, so that what every call needs (no status thrown, no
    // redirect followed, no Flurl timeout) is set once on it; a client someone else gave keeps its settings, and each
    // call sets them on itself.
    private LineFlexClient(LineFlexOptions options, IFlurlClient? flurl, bool ownsSettings, ILogger? logger, TimeProvider? timeProvider, TransportInstruments? instruments, SendValidator? validator = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUri = options.Validate();
        _options = options;
        BaseUrl = baseUri;
        _authorization = "App " + options.ApiKey;
        _serverText = new ServerText(options.ApiKey!);
        _ownsFlurl = flurl is null;
        _flurl = flurl ?? new FlurlClient();
        _callsSetSettings = !ownsSettings;
        if (ownsSettings)
        {
            ForEveryCall(_flurl.Settings);
        }

        _logger = logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _validator = validator ?? new SendValidator(options.Validation, validators: null, _time);
        _policy = new CallPolicy(options, _time);
        _instruments = instruments ?? TransportInstruments.Default;
        _messagesUrl = Address(baseUri, MessagesPath);
        _reportsUrl = Address(baseUri, ReportsPath);
    }

    /// <summary>The base URL calls go to.</summary>
    public Uri BaseUrl { get; }

    /// <summary>
    /// Sends a request (<c>POST /line/1/messages</c>), validating it first unless told not to: with the client's
    /// <see cref="SendValidator"/>, LineFlex's rules and the validators added with <c>services.AddLineFlexValidator&lt;T&gt;()</c>
    /// (the approval check among them when <c>services.AddFlexTemplates(approvals, ...)</c> is used).
    /// </summary>
    /// <exception cref="FlexValidationException">The request breaks a documented rule or one of the added validators' rules; nothing was sent.</exception>
    /// <exception cref="FlexApprovalException">A message built from a template left its approval; nothing was sent.</exception>
    /// <exception cref="LineFlexSerializationException">Validation was skipped and the request cannot be written as JSON; nothing was sent.</exception>
    /// <exception cref="LineFlexApiException">Infobip answered with an error.</exception>
    /// <exception cref="LineFlexRedirectException">The server answered with a redirect, which is never followed.</exception>
    /// <exception cref="LineFlexTransportException">No answer: a timeout, a refused or dropped connection.</exception>
    /// <exception cref="LineFlexResponseException">A success whose body is not the expected JSON.</exception>
    /// <exception cref="LineFlexResponseTooLargeException">The answer is larger than <see cref="LineFlexOptions.MaxResponseBytes"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<SendResult> SendAsync(LineRequest request, SendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = options?.Validate ?? _options.ValidateBeforeSending
            ? await ValidBodyAsync(request, cancellationToken).ConfigureAwait(false)
            : Serialize(request);
        using var call = Observe(HttpMethod.Post, MessagesPath, "send", request.Messages?.Sum(m => m?.Destinations?.Count ?? 0) ?? 0);
        try
        {
            var (answer, attempts) = await CallAsync(call, _messagesUrl, query: null, body, cancellationToken).ConfigureAwait(false);
            var result = _serverText.Redact(ReadSendResult(answer, call.Target, attempts));
            call.Succeeded(answer.StatusCode, attempts, result.Messages.Count, result.BulkId);
            return result;
        }
        catch (Exception e)
        {
            call.Failed(e);
            throw;
        }
    }

    /// <summary>Sends one message as a request of its own.</summary>
    /// <inheritdoc cref="SendAsync(LineRequest, SendOptions?, CancellationToken)"/>
    public Task<SendResult> SendAsync(LineMessage message, SendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendAsync(new LineRequest { Messages = [message] }, options, cancellationToken);
    }

    /// <summary>
    /// Pulls delivery reports (<c>GET /line/1/reports</c>). Infobip returns each report once and keeps
    /// them for 48 hours.
    /// </summary>
    /// <exception cref="LineFlexApiException">Infobip answered with an error.</exception>
    /// <exception cref="LineFlexResponseException">A success whose body is not a report list (an HTML page, say).</exception>
    /// <exception cref="LineFlexRedirectException">The server answered with a redirect, which is never followed.</exception>
    /// <exception cref="LineFlexTransportException">No answer.</exception>
    /// <exception cref="LineFlexResponseTooLargeException">The answer is larger than <see cref="LineFlexOptions.MaxResponseBytes"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<IReadOnlyList<DeliveryReport>> GetDeliveryReportsAsync(DeliveryReportQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new DeliveryReportQuery();
        query.Validate();
        using var call = Observe(HttpMethod.Get, ReportsPath, "reports", messageCount: null);
        try
        {
            var (answer, attempts) = await CallAsync(call, _reportsUrl, query.ToParameters(), body: null, cancellationToken).ConfigureAwait(false);
            var reports = ReadReports(answer, attempts);
            call.Succeeded(answer.StatusCode, attempts, reports.Count, bulkId: null);
            return reports;
        }
        catch (Exception e)
        {
            call.Failed(e);
            throw;
        }
    }

    private IReadOnlyList<DeliveryReport> ReadReports(CallAnswer answer, int attempts)
    {
        try
        {
            using var body = answer.OpenBody();
            return ValueList.From(DeliveryReportParser.ParseJson(body).Select(_serverText.Redact));
        }
        catch (DeliveryReportFormatException e)
        {
            // A page from a proxy is the usual case; the reader's own words (which suggest XML for any '<') would mislead.
            var what = ApiErrorParser.Parse(answer.ContentType, answer.Text()).Format == ApiErrorFormat.Html
                ? "it is an HTML page."
                : FlexLimits.Excerpt(_serverText.Redact(e.Message), ServerText.ExcerptLength);
            throw new LineFlexResponseException(
                $"{answer.Answerer} answered GET /line/1/reports with {answer.StatusCode}, but the body is not a delivery report list: {what} Something other than Infobip may have answered (a proxy's page?); check LineFlexOptions.BaseUrl.",
                attempts,
                mayHaveBeenDelivered: false,
                _serverText.Keepable(e));
        }
    }

    /// <summary>The request's JSON bytes, written once for every attempt of the call, each bubble's bytes noted in <paramref name="bubbles"/> when given.</summary>
    private static ReadOnlyMemory<byte> Serialize(LineRequest request, WrittenBubbles? bubbles = null)
    {
        try
        {
            return FlexJsonContent.Serialize(request, bubbles);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new LineFlexSerializationException(e);
        }
    }

    /// <summary>Releases the connection when the client made its own.</summary>
    public void Dispose()
    {
        if (_ownsFlurl)
        {
            _flurl.Dispose();
        }
    }

    /// <summary>Shows where the client sends, without the API key.</summary>
    public override string ToString() => $"LineFlexClient({BaseUrl})";

    /// <summary>The address of <paramref name="path"/> below the base URL, written once for every call to it.</summary>
    private static string Address(Uri baseUrl, string path) =>
        new Flurl.Url(baseUrl.AbsoluteUri).AppendPathSegments(path.Split('/', StringSplitOptions.RemoveEmptyEntries)).ToString();

    private static string Version()
    {
        var version = typeof(LineFlexClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private ObservedCall Observe(HttpMethod method, string path, string operation, int? messageCount) =>
        new(method, path, operation, BaseUrl, messageCount, _logger, _time, _instruments);
}
