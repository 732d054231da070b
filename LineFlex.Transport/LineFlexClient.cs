using System.Reflection;
using Flurl.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

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
    private static readonly string UserAgent = "LineFlex/" + Version();

    private readonly IFlurlClient _flurl;
    private readonly bool _ownsFlurl;
    private readonly LineFlexOptions _options;
    private readonly string _authorization;
    private readonly ILogger _logger;
    private readonly FlexValidator _validator;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<IFlurlResponse> _pipeline;

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
        : this(options, flurl: null, logger, timeProvider)
    {
    }

    /// <summary>A client over an <see cref="HttpClient"/> you own, such as one from <c>IHttpClientFactory</c>.</summary>
    public LineFlexClient(HttpClient httpClient, LineFlexOptions options, ILogger<LineFlexClient>? logger = null, TimeProvider? timeProvider = null)
        : this(options, new FlurlClient(httpClient ?? throw new ArgumentNullException(nameof(httpClient))), logger, timeProvider)
    {
    }

    /// <summary>A client over a Flurl client you own; its settings are left as they are.</summary>
    public LineFlexClient(IFlurlClient flurlClient, LineFlexOptions options, ILogger<LineFlexClient>? logger = null, TimeProvider? timeProvider = null)
        : this(options, flurlClient ?? throw new ArgumentNullException(nameof(flurlClient)), logger, timeProvider)
    {
    }

    private LineFlexClient(LineFlexOptions options, IFlurlClient? flurl, ILogger? logger, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUri = options.Validate();
        _options = options;
        BaseUrl = baseUri;
        _authorization = "App " + options.ApiKey;
        _ownsFlurl = flurl is null;
        _flurl = flurl ?? new FlurlClient();
        _logger = logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _validator = new FlexValidator(_time);
        _pipeline = InfobipResilience.Build(options, _time, LogRetry);
    }

    /// <summary>The base URL calls go to.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Sends a request (<c>POST /line/1/messages</c>), validating it first unless told not to.</summary>
    /// <exception cref="FlexValidationException">The request breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="LineFlexApiException">Infobip answered with an error.</exception>
    /// <exception cref="LineFlexTransportException">No answer: a timeout, a refused or dropped connection.</exception>
    public async Task<SendResult> SendAsync(LineRequest request, SendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (options?.Validate ?? _options.ValidateBeforeSending)
        {
            _validator.EnsureValid(request);
        }

        using var response = await CallAsync(
                HttpMethod.Post,
                ["line", "1", "messages"],
                query: null,
                () => new FlexJsonContent(request),
                cancellationToken)
            .ConfigureAwait(false);
        var result = await ReadJsonAsync<SendResult>(response).ConfigureAwait(false);
        return result with { Messages = result.Messages ?? [] };
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
    /// <exception cref="LineFlexTransportException">No answer.</exception>
    public async Task<IReadOnlyList<DeliveryReport>> GetDeliveryReportsAsync(DeliveryReportQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new DeliveryReportQuery();
        query.Validate();
        using var response = await CallAsync(HttpMethod.Get, ["line", "1", "reports"], query.ToParameters(), content: null, cancellationToken).ConfigureAwait(false);
        var body = await response.GetStreamAsync().ConfigureAwait(false);
        return DeliveryReportParser.ParseJson(body);
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

    private static string Version()
    {
        var version = typeof(LineFlexClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private long Now() => _time.GetTimestamp();

    private double MillisecondsSince(long start) => _time.GetElapsedTime(start).TotalMilliseconds;
}
