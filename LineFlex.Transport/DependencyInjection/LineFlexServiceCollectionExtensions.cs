using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LineFlex;

/// <summary>Registers LineFlex with dependency injection.</summary>
public static class LineFlexServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LineFlexClient"/> (and <see cref="ILineFlexClient"/>) as a typed HTTP client,
    /// with <see cref="LineFlexOptions"/> bound from <paramref name="configuration"/> (usually the
    /// <c>LineFlex</c> section: <c>BaseUrl</c>, <c>ApiKey</c>, timeouts, retry settings).
    /// </summary>
    /// <remarks>
    /// The options are checked when the host starts (<c>ValidateOnStart</c>): a missing key or a bad URL stops the
    /// host with an <see cref="OptionsValidationException"/> saying what is wrong, not a first send later on. The client
    /// measures through the container's <see cref="IMeterFactory"/>, under <see cref="LineFlexTelemetry.MeterName"/>.
    /// </remarks>
    public static IHttpClientBuilder AddLineFlex(this IServiceCollection services, IConfiguration configuration, Action<LineFlexOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.AddOptions<LineFlexOptions>().Bind(configuration);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddClient(services, options);
    }

    /// <summary>Registers <see cref="LineFlexClient"/> with options set in code, checked when the host starts.</summary>
    public static IHttpClientBuilder AddLineFlex(this IServiceCollection services, Action<LineFlexOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return AddClient(services, services.AddOptions<LineFlexOptions>().Configure(configure));
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services, OptionsBuilder<LineFlexOptions> options)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LineFlexOptions>, LineFlexOptionsValidation>());
        options.ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // Measured through the container's meter factory (AddHttpClient registers one), so each container sees its own measurements.
        services.TryAddSingleton(provider => TransportInstruments.From(provider.GetService<IMeterFactory>()));
        var builder = services.AddHttpClient(nameof(LineFlexClient)).AddTypedClient((http, provider) =>
            new LineFlexClient(
                http,
                provider.GetRequiredService<IOptions<LineFlexOptions>>().Value,
                provider.GetService<ILogger<LineFlexClient>>(),
                provider.GetService<TimeProvider>(),
                provider.GetRequiredService<TransportInstruments>()));

        // The pipeline's timeouts govern; the HttpClient's own 100-second default would cut them short.
        builder.ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);

        // LineFlex never follows a redirect; a handler that did would send the message on before LineFlex saw the 3xx.
        builder.ConfigurePrimaryHttpMessageHandler((handler, _) =>
        {
            switch (handler)
            {
                case SocketsHttpHandler sockets: sockets.AllowAutoRedirect = false; break;
                case HttpClientHandler client: client.AllowAutoRedirect = false; break;
            }
        });
        services.TryAddTransient<ILineFlexClient>(provider => provider.GetRequiredService<LineFlexClient>());
        return builder;
    }
}

/// <summary>Checks <see cref="LineFlexOptions"/> with <see cref="LineFlexOptions.Validate"/>, for <c>ValidateOnStart</c>.</summary>
internal sealed class LineFlexOptionsValidation : IValidateOptions<LineFlexOptions>
{
    public ValidateOptionsResult Validate(string? name, LineFlexOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            // The message names the option and the fix; ArgumentException appends "(Parameter 'X')", which adds nothing.
            return ValidateOptionsResult.Fail(e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal));
        }
    }
}
