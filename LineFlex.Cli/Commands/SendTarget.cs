using LineFlex.Sandbox;

namespace LineFlex.Cli.Commands;

/// <summary>
/// Where the send, demo and reports commands send: Infobip when <c>INFOBIP_BASE_URL</c> and
/// <c>INFOBIP_API_KEY</c> are set, otherwise a sandbox started in-process on 127.0.0.1.
/// </summary>
internal sealed class SendTarget : IAsyncDisposable
{
    public const string BaseUrlVariable = "INFOBIP_BASE_URL";
    public const string ApiKeyVariable = "INFOBIP_API_KEY";

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

    public static async Task<SendTarget> ResolveAsync(TimeSpan sandboxDeliveryDelay, CancellationToken cancellationToken)
    {
        var baseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable);
        var apiKey = Environment.GetEnvironmentVariable(ApiKeyVariable);
        if (!string.IsNullOrWhiteSpace(baseUrl) && !string.IsNullOrWhiteSpace(apiKey))
        {
            var client = Connect(baseUrl, apiKey);
            return new SendTarget(client, null, $"Sending to Infobip at {client.BaseUrl} ({BaseUrlVariable} and {ApiKeyVariable} are set).");
        }

        const string sandboxKey = "sandbox-key";
        var sandbox = await SandboxServer.StartAsync(
                new SandboxOptions { ApiKey = sandboxKey, DeliveryDelay = sandboxDeliveryDelay },
                cancellationToken)
            .ConfigureAwait(false);
        var sandboxClient = new LineFlexClient(new LineFlexOptions { BaseUrl = sandbox.BaseUrl.AbsoluteUri, ApiKey = sandboxKey });
        return new SendTarget(
            sandboxClient,
            sandbox,
            $"Sending to the LineFlex sandbox at {sandbox.BaseUrl} (set {BaseUrlVariable} and {ApiKeyVariable} to send to Infobip).");
    }

    /// <summary>A client for the environment's URL and key, or the error line that says which variable to fix.</summary>
    private static LineFlexClient Connect(string baseUrl, string apiKey)
    {
        try
        {
            return new LineFlexClient(new LineFlexOptions { BaseUrl = baseUrl, ApiKey = apiKey });
        }
        catch (ArgumentException exception) when (exception.ParamName is nameof(LineFlexOptions.BaseUrl) or nameof(LineFlexOptions.ApiKey))
        {
            // The options name their own property; the user set an environment variable.
            var variable = exception.ParamName == nameof(LineFlexOptions.BaseUrl) ? BaseUrlVariable : ApiKeyVariable;
            var problem = exception.Message
                .Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal)
                .Replace($"{nameof(LineFlexOptions)}.{exception.ParamName}", variable, StringComparison.Ordinal);
            var where = problem.Contains(variable, StringComparison.Ordinal) ? string.Empty : variable + ": ";
            throw new CommandFailedException(
                $"{where}{problem} Or unset {BaseUrlVariable} and {ApiKeyVariable} to use an in-process sandbox.");
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
