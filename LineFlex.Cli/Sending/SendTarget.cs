using LineFlex.Sandbox;

namespace LineFlex.Cli;

/// <summary>
/// Where the send, demo and reports commands send: a base URL and API key (see <see cref="TargetOptions"/> for where
/// they come from), or a sandbox started in-process on 127.0.0.1. It knows whether it talks to a sandbox (started
/// here, or a server that answered with the sandbox's header) and words its lines and errors accordingly.
/// </summary>
internal sealed class SendTarget : IAsyncDisposable
{
    public const string BaseUrlVariable = "LineFlex__BaseUrl";
    public const string ApiKeyVariable = "LineFlex__ApiKey";
    public const string BaseUrlAlias = "INFOBIP_BASE_URL";
    public const string ApiKeyAlias = "INFOBIP_API_KEY";

    private readonly SandboxServer? _sandbox;
    private readonly HttpClient _http;
    private readonly SandboxHeaderWatch _watch;
    private readonly string _source;

    private SendTarget(LineFlexOptions options, SandboxServer? sandbox, string source)
    {
        _watch = new SandboxHeaderWatch(new SocketsHttpHandler { AllowAutoRedirect = false });

        // LineFlex's own timeouts govern; the HttpClient's 100-second default would cut them short.
        _http = new HttpClient(_watch) { Timeout = Timeout.InfiniteTimeSpan };
        Client = new LineFlexClient(_http, options);
        _sandbox = sandbox;
        _source = source;
    }

    public LineFlexClient Client { get; }

    /// <summary>True for a sandbox started in-process, which goes away when the command ends.</summary>
    public bool InProcess => _sandbox is not null;

    /// <summary>True when the target is a sandbox: started in-process, or a server that answered as one.</summary>
    public bool IsSandbox => InProcess || _watch.SawSandbox;

    /// <summary>Who answers, inside a sentence: <c>the sandbox</c> or <c>Infobip</c>.</summary>
    public string Name => IsSandbox ? "the sandbox" : "Infobip";

    /// <summary>Who answers, at the start of a sentence: <c>The sandbox</c> or <c>Infobip</c>.</summary>
    public string Answerer => IsSandbox ? "The sandbox" : "Infobip";

    /// <summary>Says where the command talks to, in a sentence that starts with <paramref name="verb"/> (<c>Sending to</c>).</summary>
    public string Describe(string verb) =>
        InProcess ? $"{verb} the LineFlex sandbox at {Client.BaseUrl} ({_source})." : $"{verb} {Client.BaseUrl} ({_source}).";

    /// <summary>
    /// A client with <paramref name="options"/> for <paramref name="baseUrl"/> and <paramref name="apiKey"/>; a value the
    /// transport refuses is an error that names where it came from, never the key.
    /// </summary>
    public static SendTarget Connect(LineFlexOptions options, TargetSetting baseUrl, TargetSetting apiKey)
    {
        options.BaseUrl = baseUrl.Value;
        options.ApiKey = apiKey.Value;
        if (TargetSetting.Problem(options, baseUrl, apiKey) is { } problem)
        {
            throw problem;
        }

        return new SendTarget(options, null, $"base URL from {baseUrl.Source}, API key from {apiKey.Source}");
    }

    /// <summary>A sandbox started in-process on 127.0.0.1, delivering after a second, and a client with <paramref name="options"/> to it.</summary>
    public static async Task<SendTarget> StartSandboxAsync(LineFlexOptions options, CancellationToken cancellationToken)
    {
        const string sandboxKey = "sandbox-key";
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = sandboxKey, DeliveryDelay = TimeSpan.FromSeconds(1) }, cancellationToken)
            .ConfigureAwait(false);
        options.BaseUrl = sandbox.BaseUrl.AbsoluteUri;
        options.ApiKey = sandboxKey;
        return new SendTarget(
            options,
            sandbox,
            $"started in-process; pass --base-url and --api-key-file, or set {BaseUrlVariable} and {ApiKeyVariable}, to talk to Infobip");
    }

    /// <summary>Runs a call; a failure against a sandbox is told as the sandbox's, not Infobip's.</summary>
    public async Task<T> CallAsync<T>(Func<LineFlexClient, Task<T>> call)
    {
        try
        {
            return await call(Client).ConfigureAwait(false);
        }
        catch (LineFlexException exception) when (IsSandbox)
        {
            throw new CommandFailedException(InWords(exception));
        }
    }

    /// <summary>
    /// The failure's message, with a sandbox named as the one that answered. The transport speaks of Infobip, which it
    /// usually talks to; these are the phrases in which it names who answered.
    /// </summary>
    public string InWords(Exception exception) => IsSandbox
        ? exception.Message
            .Replace("Infobip answered", "The sandbox answered", StringComparison.Ordinal)
            .Replace("Infobip accepted", "The sandbox accepted", StringComparison.Ordinal)
            .Replace("reached Infobip", "reached the sandbox", StringComparison.Ordinal)
            .Replace("if Infobip is slow", "if the sandbox is slow", StringComparison.Ordinal)
            .Replace("other than Infobip", "other than the sandbox", StringComparison.Ordinal)
        : exception.Message;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _http.Dispose();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync().ConfigureAwait(false);
        }
    }
}
