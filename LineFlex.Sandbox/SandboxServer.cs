using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Net.Http.Headers;

namespace LineFlex.Sandbox;

/// <summary>
/// A local, Infobip-compatible LINE endpoint on 127.0.0.1: <c>POST /line/1/messages</c> parses and validates with
/// LineFlex and answers like Infobip; <c>GET /line/1/reports</c> and delivery webhooks hand out DELIVERED reports
/// after <see cref="SandboxOptions.DeliveryDelay"/>; <see cref="Faults"/> makes the next calls misbehave.
/// The most recent authenticated requests are kept in <see cref="Received"/> and <see cref="Accepted"/>, and shown,
/// newest first, by the inbox at <c>GET /</c> and as JSON at <c>GET /sandbox/messages</c> (no API key; loopback only,
/// as the whole sandbox). <see cref="WaitForReportsAsync"/> waits for a bulk's delivery reports.
/// </summary>
/// <remarks>
/// Start one per test (or per fixture) with <see cref="StartAsync"/> and dispose it when done; each listens on its
/// own port. Nothing process-wide is touched: no console logging, no configuration files, no signal handlers.
/// </remarks>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ApiKeyCheck _apiKey;
    private readonly HostCheck _hosts;
    private readonly long _maxRequestBodySize;
    private readonly SandboxJournal _journal;
    private readonly DeliveryScheduler _deliveries;
    private readonly WebhookDispatcher _webhooks;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _deliveryDelay;
    private readonly ILogger _logger;
    private readonly InboxEndpoint _inbox;
    private readonly JournalEndpoint _journalEndpoint;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private Task? _stopping;

    private SandboxServer(WebApplication app, SandboxOptions options, ILogger logger)
    {
        _app = app;
        _clock = options.TimeProvider;
        _deliveryDelay = options.DeliveryDelay;
        _logger = logger;
        _apiKey = new ApiKeyCheck(options.ApiKey);
        _hosts = new HostCheck(options.AllowedHosts);
        _maxRequestBodySize = options.MaxRequestBodySize;
        _journal = new SandboxJournal(options.JournalCapacity);
        _webhooks = new WebhookDispatcher(logger, new WebhookTargets(options.AllowedWebhookHosts));
        var reportCapacity = options.ReportCapacity;
        var ledger = new DeliveryLedger(reportCapacity, (report, dropped) =>
        {
            if (dropped == 1 || dropped % 1000 == 0)
            {
                SandboxLog.ReportDropped(logger, report.MessageId, dropped, reportCapacity);
            }
        });
        _deliveries = new DeliveryScheduler(_clock, options.DeliveryDelay, ledger, _webhooks);
        Faults = new SandboxFaults();
        BaseUrl = new Uri("http://127.0.0.1/");

        var validator = options.ValidateRequests ? new FlexValidator(_clock) : null;
        var messages = new MessagesEndpoint(validator, _journal, _deliveries, _clock);
        var reports = new ReportsEndpoint(_deliveries);
        _inbox = new InboxEndpoint(_journal, validator ?? FlexValidator.Default, options.DeliveryDelay, _clock, _deliveries, reportCapacity);
        _journalEndpoint = new JournalEndpoint(_journal);

        app.Use(InterceptAsync);
        app.Map(MessagesEndpoint.Path, Only(HttpMethods.Post, messages.HandleAsync));
        app.Map(ReportsEndpoint.Path, Only(HttpMethods.Get, reports.HandleAsync));
        app.MapFallback(NotFoundAsync);
    }

    /// <summary>Where the sandbox listens, with a trailing slash (<c>http://127.0.0.1:41234/</c>): the base URL to give a client.</summary>
    public Uri BaseUrl { get; private set; }

    /// <summary>The queue of faults the next calls answer with.</summary>
    public SandboxFaults Faults { get; }

    /// <summary>
    /// A copy of the most recent authenticated requests (at most <see cref="SandboxOptions.JournalCapacity"/>), in
    /// arrival order, faulted or not. A request without a valid key, or with a body over
    /// <see cref="SandboxOptions.MaxRequestBodySize"/>, is answered without being kept.
    /// </summary>
    public IReadOnlyList<ReceivedRequest> Received => _journal.Received;

    /// <summary>
    /// A copy of every message destination accepted by <c>POST /line/1/messages</c> from the requests still in
    /// <see cref="Received"/>, in the order those requests arrived.
    /// </summary>
    public IReadOnlyList<AcceptedMessage> Accepted => _journal.Accepted;

    /// <summary>
    /// How many delivery reports were dropped unpulled because <see cref="SandboxOptions.ReportCapacity"/> reports were
    /// waiting already: the oldest waiting report is dropped for each new one. Also logged (a warning for the first and
    /// every 1,000th) and told on the inbox.
    /// </summary>
    public long DroppedReports => _deliveries.Dropped;

    /// <summary>Starts a sandbox listening on 127.0.0.1 only, and returns once it accepts connections.</summary>
    /// <param name="options">How to listen, authenticate, validate and deliver; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The port is outside 0..65535, the delivery delay is negative, the body size limit is not positive, or the
    /// journal or report capacity is negative.
    /// </exception>
    /// <exception cref="ArgumentException">An allowed host or webhook host is not a host name, or the time provider is null.</exception>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<SandboxServer> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        Check(options);
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var logger = loggerFactory.CreateLogger(typeof(SandboxServer).FullName!);

        var server = new SandboxServer(Build(options, loggerFactory), options, logger);
        try
        {
            await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw new IOException(
                $"The sandbox could not listen on 127.0.0.1:{options.Port}: {exception.Message} "
                + "Another process probably holds the port. Choose a free port, or 0 to let the system pick one.",
                exception);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        server.BaseUrl = ListeningUrl(server._app);
        SandboxLog.Listening(logger, server.BaseUrl);
        return server;
    }

    /// <summary>
    /// Completes when every message accepted so far in bulk <paramref name="bulkId"/> has its delivery report ready:
    /// pullable from <c>GET /line/1/reports</c>, or handed to its delivery webhook (the post may still be on its way).
    /// It is told by the delivery itself, not by polling, and the timeout runs on <see cref="SandboxOptions.TimeProvider"/>:
    /// with a <c>FakeTimeProvider</c>, advancing the clock delivers the reports and runs out the timeout alike.
    /// </summary>
    /// <param name="bulkId">The bulk id the sandbox answered (<see cref="AcceptedMessage.BulkId"/>, a send result's <c>BulkId</c>).</param>
    /// <param name="timeout">How long to wait, on the sandbox's clock; <see cref="TimeSpan.Zero"/> checks without waiting, <see cref="Timeout.InfiniteTimeSpan"/> waits as long as it takes.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="ArgumentException">
    /// No message of <paramref name="bulkId"/> was accepted by this sandbox: the bulk id is wrong, or belongs to another sandbox,
    /// or its request was refused. (The sandbox remembers every bulk still waiting for reports, and the 10,000 most recent
    /// bulks whose reports are all ready.)
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative (other than infinite).</exception>
    /// <exception cref="TimeoutException">The timeout passed first; the message says how many of the reports are ready.</exception>
    /// <exception cref="ObjectDisposedException">The sandbox stopped before the reports were ready.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    public async Task WaitForReportsAsync(string bulkId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(bulkId);
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout cannot be negative. Pass TimeSpan.Zero to check without waiting, or Timeout.InfiniteTimeSpan to wait as long as it takes.");
        }

        var ready = _deliveries.Wait(bulkId) ?? throw new ArgumentException(
            $"This sandbox accepted no message in bulk '{FlexLimits.Excerpt(bulkId)}'. Pass the BulkId of a send this sandbox answered with 200; "
            + "a refused request, one answered by a queued fault, or a send to another sandbox has no reports here.",
            nameof(bulkId));
        try
        {
            await ready.WaitAsync(timeout, _clock, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            var (done, total) = _deliveries.Count(bulkId);
            throw new TimeoutException(
                $"{done} of {total} delivery report(s) of bulk '{FlexLimits.Excerpt(bulkId)}' were ready after {timeout} on the sandbox's clock. "
                + $"A report is ready SandboxOptions.DeliveryDelay ({_deliveryDelay}) after its message was accepted: wait longer, "
                + "advance a FakeTimeProvider past that delay, or set DeliveryDelay to TimeSpan.Zero to deliver at once.",
                exception);
        }
    }

    /// <summary>Stops listening, ends the calls in progress, stops delivering reports. Safe to call more than once.</summary>
    /// <param name="cancellationToken">Cuts the graceful part of the shutdown short.</param>
    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _stopping ??= Task.Run(() => StopCoreAsync(cancellationToken), CancellationToken.None);
            return _stopping;
        }
    }

    /// <summary>Stops the sandbox (see <see cref="StopAsync"/>).</summary>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>
    /// Completes when the sandbox has stopped; for running it standalone (the CLI's <c>sandbox</c> command). When
    /// <paramref name="cancellationToken"/> is cancelled first (Ctrl+C, say), stops the sandbox and then completes,
    /// without throwing.
    /// </summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _stopped.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static void Check(SandboxOptions options)
    {
        if (options.Port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.Port,
                $"SandboxOptions.Port must be 0..{IPEndPoint.MaxPort}. Use 0 to let the system choose a free port.");
        }

        if (options.DeliveryDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.DeliveryDelay,
                "SandboxOptions.DeliveryDelay cannot be negative. Use TimeSpan.Zero to deliver at once.");
        }

        if (options.MaxRequestBodySize < 1 || options.MaxRequestBodySize > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.MaxRequestBodySize,
                $"SandboxOptions.MaxRequestBodySize must be 1..{Array.MaxLength} bytes. "
                + $"Leave it at {SandboxOptions.DefaultMaxRequestBodySize} (1 MiB), or raise it for larger batches.");
        }

        if (options.JournalCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.JournalCapacity,
                $"SandboxOptions.JournalCapacity cannot be negative. Use 0 to keep no requests, or leave it at {SandboxOptions.DefaultJournalCapacity}.");
        }

        if (options.ReportCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.ReportCapacity,
                $"SandboxOptions.ReportCapacity cannot be negative. Use 0 to keep no reports for pulling, or leave it at {SandboxOptions.DefaultReportCapacity}.");
        }

        HostCheck.CheckHostNames(options.AllowedHosts, nameof(SandboxOptions.AllowedHosts));
        HostCheck.CheckHostNames(options.AllowedWebhookHosts, nameof(SandboxOptions.AllowedWebhookHosts));

        if (options.TimeProvider is null)
        {
            throw new ArgumentException(
                "SandboxOptions.TimeProvider is null. Leave it at TimeProvider.System, or set a FakeTimeProvider in tests.",
                nameof(options));
        }
    }

    private static WebApplication Build(SandboxOptions options, ILoggerFactory loggerFactory)
    {
        // The empty builder reads no appsettings, environment variables or command line, and adds no logger.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.RemoveAll<ILoggerFactory>();
        builder.Services.AddSingleton(loggerFactory);
        return builder.Build();
    }

    private static Uri ListeningUrl(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First().TrimEnd('/') + "/");
    }

    private static RequestDelegate Only(string method, RequestDelegate handler) => context =>
    {
        if (string.Equals(context.Request.Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return handler(context);
        }

        context.Response.Headers[HeaderNames.Allow] = method;
        var path = FlexLimits.Excerpt(context.Request.Path.ToString());
        var error = new ApiError(
            "E405",
            $"Method {FlexLimits.Excerpt(context.Request.Method)} is not allowed on {path}",
            $"Use {method} {path}.",
            [],
            []);
        return WireResponse.RejectAsync(context, StatusCodes.Status405MethodNotAllowed, error, "method not allowed");
    };

    private static Task NotFoundAsync(HttpContext context) =>
        WireResponse.RejectAsync(context, StatusCodes.Status404NotFound, ApiError.NotFound(context.Request.Method, context.Request.Path), "not found");

    private static IReadOnlyDictionary<string, string> CopyHeaders(IHeaderDictionary headers) =>
        headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase).AsReadOnly();

    /// <summary>
    /// Every call, answered (see <see cref="AnswerAsync"/>) and then logged on one line with the status it was answered
    /// with: a failure of any handler before its answer started is answered, and logged, as a 500.
    /// </summary>
    private async Task InterceptAsync(HttpContext context, RequestDelegate next)
    {
        var summary = WireResponse.Summary(context);
        var request = context.Request;
        try
        {
            await AnswerAsync(context, next, summary).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or BadHttpRequestException) && !context.RequestAborted.IsCancellationRequested)
        {
            summary.Outcome = "failed";
            SandboxLog.Failed(_logger, exception, FlexLimits.Excerpt(request.Method), FlexLimits.Excerpt(request.Path.ToString()));
            if (context.Response.HasStarted)
            {
                // Too late for a 500: the connection is aborted, and the line says the answer broke off.
                summary.Outcome = "failed after the answer started";
                throw;
            }

            await WireResponse.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, ApiError.ForStatus(500)).ConfigureAwait(false);
        }
        finally
        {
            SandboxLog.Request(
                _logger,
                FlexLimits.Excerpt(request.Method),
                FlexLimits.Excerpt(request.Path.ToString()),
                context.Response.StatusCode,
                summary.MessageCount,
                summary.BulkId is null ? "-" : FlexLimits.Excerpt(summary.BulkId),
                summary.Outcome);
        }
    }

    /// <summary>
    /// Every call: its Host checked first, then authenticated, without reading the body; then its body read up to the
    /// size limit and the call recorded; then answered by the next queued fault, if any, or handled normally.
    /// </summary>
    private async Task AnswerAsync(HttpContext context, RequestDelegate next, RequestSummary summary)
    {
        var request = context.Request;
        WireResponse.SetCommonHeaders(context.Response);

        // Before anything is read or shown: a page on another site must not reach the sandbox through a rebound name.
        if (!_hosts.Accepts(request))
        {
            await WireResponse.RejectAsync(context, StatusCodes.Status421MisdirectedRequest, HostCheck.Refusal(request, BaseUrl), "host not allowed").ConfigureAwait(false);
            return;
        }

        // The inbox and the journal are for the developer at this machine: no key, not recorded, never faulted.
        if (InboxEndpoint.Handles(request))
        {
            summary.Outcome = "inbox page";
            await _inbox.HandleAsync(context).ConfigureAwait(false);
            return;
        }

        if (JournalEndpoint.Handles(request))
        {
            await _journalEndpoint.HandleAsync(context).ConfigureAwait(false);
            return;
        }

        if (!_apiKey.Accepts(request))
        {
            await WireResponse.RejectAsync(context, StatusCodes.Status401Unauthorized, ApiError.Unauthorized(), "no valid App key").ConfigureAwait(false);
            return;
        }

        var body = await RequestBody.ReadAsync(request, _maxRequestBodySize, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await WireResponse.RejectAsync(
                    context,
                    StatusCodes.Status413PayloadTooLarge,
                    ApiError.TooLarge(_maxRequestBodySize),
                    $"the body is longer than {_maxRequestBodySize} bytes")
                .ConfigureAwait(false);
            return;
        }

        var received = new ReceivedRequest(
            request.Method,
            request.GetEncodedPathAndQuery(),
            CopyHeaders(request.Headers),
            RequestBody.Text(body),
            _clock.GetUtcNow());
        context.Features.Set(new ReceivedCall(body, _journal.Record(received)));

        if (Faults.TryTake(out var fault))
        {
            summary.Outcome = "queued fault " + fault;
            var stopping = _app.Lifetime.ApplicationStopping;
            using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await fault.AnswerAsync(context, next, aborted.Token).ConfigureAwait(false);
        }
        else
        {
            await next(context).ConfigureAwait(false);
        }
    }

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        try
        {
            _deliveries.Dispose();
            await _webhooks.DisposeAsync().ConfigureAwait(false);
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _stopped.TrySetResult();
        }
    }
}
