using LineFlex.Sandbox;

namespace LineFlex.Cli.Commands;

/// <summary>
/// Where the send, demo and reports commands send: the target named by <c>LineFlex__BaseUrl</c> and
/// <c>LineFlex__ApiKey</c> (the library's configuration keys as environment variables; <c>INFOBIP_BASE_URL</c> and
/// <c>INFOBIP_API_KEY</c> are aliases), or a sandbox started in-process on 127.0.0.1 when the command asks for one.
/// </summary>
internal sealed class SendTarget : IAsyncDisposable
{
    public const string BaseUrlVariable = "LineFlex__BaseUrl";
    public const string ApiKeyVariable = "LineFlex__ApiKey";
    public const string BaseUrlAlias = "INFOBIP_BASE_URL";
    public const string ApiKeyAlias = "INFOBIP_API_KEY";

    private const string NoTarget =
        "No target to talk to: set LineFlex__BaseUrl and LineFlex__ApiKey (or INFOBIP_BASE_URL and INFOBIP_API_KEY) to your Infobip account's base URL and API key, or pass --sandbox to use a sandbox started in-process.";

    private readonly SandboxServer? _sandbox;

    private SendTarget(LineFlexClient client, SandboxServer? sandbox, string description)
    {
        Client = client;
        _sandbox = sandbox;
        Description = description;
    }

    public LineFlexClient Client { get; }

    /// <summary>Says where messages go, in a sentence.</summary>
    public string Description { get; }

    public bool IsSandbox => _sandbox is not null;

    /// <summary>
    /// The configured target; with <paramref name="sandbox"/> (or, when <paramref name="sandboxByDefault"/>, with none
    /// configured) a sandbox started in-process. With neither, fails saying how to configure one.
    /// </summary>
    public static async Task<SendTarget> ResolveAsync(TimeSpan sandboxDeliveryDelay, bool sandbox, bool sandboxByDefault, CancellationToken cancellationToken)
    {
        var (urlVariable, baseUrl) = Read(BaseUrlVariable, BaseUrlAlias);
        var (keyVariable, apiKey) = Read(ApiKeyVariable, ApiKeyAlias);
        var configured = !string.IsNullOrWhiteSpace(baseUrl) && !string.IsNullOrWhiteSpace(apiKey);
        if (configured && !sandbox)
        {
            var client = Connect(baseUrl!, apiKey!, urlVariable, keyVariable);
            return new SendTarget(client, null, $"Sending to {client.BaseUrl} ({urlVariable} and {keyVariable} are set).");
        }

        if (!sandbox && !sandboxByDefault)
        {
            throw new CommandFailedException(NoTarget);
        }

        const string sandboxKey = "sandbox-key";
        var sandboxServer = await SandboxServer.StartAsync(
                new SandboxOptions { ApiKey = sandboxKey, DeliveryDelay = sandboxDeliveryDelay },
                cancellationToken)
            .ConfigureAwait(false);
        var sandboxClient = new LineFlexClient(new LineFlexOptions { BaseUrl = sandboxServer.BaseUrl.AbsoluteUri, ApiKey = sandboxKey });
        return new SendTarget(
            sandboxClient,
            sandboxServer,
            $"Sending to the LineFlex sandbox at {sandboxServer.BaseUrl} (set {BaseUrlVariable} and {ApiKeyVariable} to send to Infobip).");
    }

    /// <summary>The first of the two variables that is set, and its value.</summary>
    private static (string Variable, string? Value) Read(string variable, string alias)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value) ? (alias, Environment.GetEnvironmentVariable(alias)) : (variable, value);
    }

    /// <summary>A client for the environment's URL and key, or the error line that says which variable to fix.</summary>
    private static LineFlexClient Connect(string baseUrl, string apiKey, string urlVariable, string keyVariable)
    {
        try
        {
            return new LineFlexClient(new LineFlexOptions { BaseUrl = baseUrl, ApiKey = apiKey });
        }
        catch (ArgumentException exception) when (exception.ParamName is nameof(LineFlexOptions.BaseUrl) or nameof(LineFlexOptions.ApiKey))
        {
            // The options name their own property; the user set an environment variable.
            var variable = exception.ParamName == nameof(LineFlexOptions.BaseUrl) ? urlVariable : keyVariable;
            var problem = exception.Message
                .Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal)
                .Replace($"{nameof(LineFlexOptions)}.{exception.ParamName}", variable, StringComparison.Ordinal);
            var where = problem.Contains(variable, StringComparison.Ordinal) ? string.Empty : variable + ": ";
            throw new CommandFailedException(
                $"{where}{problem} Or unset {urlVariable} and {keyVariable} and pass --sandbox to use an in-process sandbox.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync().ConfigureAwait(false);
        }
    }
}
