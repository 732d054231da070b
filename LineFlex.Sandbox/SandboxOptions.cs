using Microsoft.Extensions.Logging;

namespace LineFlex.Sandbox;

/// <summary>How a <see cref="SandboxServer"/> listens, authenticates, validates and delivers.</summary>
/// <remarks>Read once by <see cref="SandboxServer.StartAsync"/>; changing it afterwards has no effect.</remarks>
public sealed class SandboxOptions
{
    /// <summary>The default <see cref="MaxRequestBodySize"/>: 1 MiB, room for a batch of 100 messages of 10 KB each (the client's default batch size).</summary>
    public const long DefaultMaxRequestBodySize = 1024 * 1024;

    /// <summary>The default <see cref="JournalCapacity"/>: the 200 most recent requests.</summary>
    public const int DefaultJournalCapacity = 200;

    /// <summary>The default <see cref="ReportCapacity"/>: 10,000 delivery reports waiting to be pulled.</summary>
    public const int DefaultReportCapacity = 10_000;

    /// <summary>The TCP port on 127.0.0.1; 0 (the default) lets the operating system choose a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// When set, only <c>Authorization: App &lt;this key&gt;</c> is accepted; when null, any non-empty
    /// <c>App</c> key is.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// How long after acceptance a message becomes a DELIVERED report (one second by default). <see cref="TimeSpan.Zero"/>
    /// delivers at once: the reports are ready, pullable or handed to their webhooks, before the send is answered.
    /// </summary>
    public TimeSpan DeliveryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The clock for acceptance and delivery times and for the validator's <c>sendAt</c> horizon; a
    /// <c>FakeTimeProvider</c> makes delivery happen exactly when a test advances it.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Whether a parsed request is also checked by <see cref="FlexValidator"/> (true by default).</summary>
    public bool ValidateRequests { get; set; } = true;

    /// <summary>
    /// The largest request body accepted, in bytes: 1 MiB (<see cref="DefaultMaxRequestBodySize"/>) by default. A
    /// longer body is answered <c>413</c> with an <c>E413</c> error, is not kept, and is not read past the limit.
    /// </summary>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;

    /// <summary>
    /// How many of the most recent authenticated requests <see cref="SandboxServer.Received"/> keeps, together with the
    /// messages accepted from them in <see cref="SandboxServer.Accepted"/>: 200 (<see cref="DefaultJournalCapacity"/>)
    /// by default; 0 keeps none. Older entries are dropped as new requests arrive.
    /// </summary>
    public int JournalCapacity { get; set; } = DefaultJournalCapacity;

    /// <summary>
    /// How many delivery reports wait to be pulled from <c>GET /line/1/reports</c>: 10,000
    /// (<see cref="DefaultReportCapacity"/>) by default; 0 keeps none. Beyond it the oldest waiting report is dropped,
    /// counted in <see cref="SandboxServer.DroppedReports"/>, logged, and told on the inbox.
    /// </summary>
    public int ReportCapacity { get; set; } = DefaultReportCapacity;

    /// <summary>
    /// Host names the sandbox answers besides <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c> (with any port), such
    /// as a container's name; matched without the port and case-insensitively. A request whose <c>Host</c> header names
    /// any other host is answered <c>421</c>, so a web page whose own host name was rebound to this machine's address
    /// (DNS rebinding) can neither read nor drive the sandbox. Empty by default.
    /// </summary>
    public IList<string> AllowedHosts { get; set; } = [];

    /// <summary>
    /// Host names or IP addresses that delivery webhooks are posted to although they are not on this machine. By
    /// default (empty) a report is posted only to a webhook whose host resolves to loopback addresses only; any other
    /// is not posted, and a warning says so.
    /// </summary>
    public IList<string> AllowedWebhookHosts { get; set; } = [];

    /// <summary>Where the server and Kestrel log; null (the default) logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
