using System.Diagnostics.Metrics;
using FluentValidation;
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
    /// with <see cref="LineFlexOptions"/> bound from <paramref name="configuration"/>: the whole configuration, whose
    /// <c>LineFlex</c> section is then read (<c>LineFlex:BaseUrl</c>, <c>LineFlex:ApiKey</c>, timeouts, retry settings),
    /// or that section itself.
    /// </summary>
    /// <remarks>
    /// When <paramref name="configuration"/> has a <c>LineFlex</c> section, the options are bound from it; otherwise from
    /// <paramref name="configuration"/> itself. The options are checked when the host starts (<c>ValidateOnStart</c>):
    /// a missing key or a bad URL stops the host with an <see cref="OptionsValidationException"/> naming every option
    /// that is wrong and how to fix it, not a first send later on. The client
    /// measures through the container's <see cref="IMeterFactory"/>, under <see cref="LineFlexTelemetry.MeterName"/>.
    /// </remarks>
    public static IHttpClientBuilder AddLineFlex(this IServiceCollection services, IConfiguration configuration, Action<LineFlexOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(LineFlexOptions.SectionName);
        var options = services.AddOptions<LineFlexOptions>().Bind(section.Exists() ? section : configuration);
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

    /// <summary>
    /// Adds a validator the client (and LineFlex's workers) run before every send, through <see cref="SendValidator"/>, alongside LineFlex's own rules: an
    /// <see cref="IValidator{T}"/> of <see cref="LineMessage"/> (run for each message of a request, its paths put below
    /// the message: <c>messages[0].content.altText</c>) or of <see cref="LineRequest"/>. An error, LineFlex's or the
    /// validator's, stops the send with <see cref="FlexValidationException"/> listing every finding; nothing leaves.
    /// </summary>
    /// <remarks>
    /// The validator is resolved from the container, so it may take services of its own; it is registered as a
    /// transient unless it already is registered. It runs asynchronously (<c>MustAsync</c> rules work) with the send's
    /// cancellation token. A send with <see cref="SendOptions.WithoutValidation"/>, or with
    /// <see cref="LineFlexOptions.ValidateBeforeSending"/> off, skips it as it skips LineFlex's rules. See docs/validation.md.
    /// </remarks>
    /// <typeparam name="TValidator">A validator of <see cref="LineMessage"/> or <see cref="LineRequest"/>, such as a <see cref="LineFlexValidator{T}"/>.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="TValidator"/> validates neither a message nor a request.</exception>
    public static IServiceCollection AddLineFlexValidator<TValidator>(this IServiceCollection services)
        where TValidator : class, IValidator
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!typeof(IValidator<LineMessage>).IsAssignableFrom(typeof(TValidator)) && !typeof(IValidator<LineRequest>).IsAssignableFrom(typeof(TValidator)))
        {
            throw new ArgumentException(
                $"{typeof(TValidator).Name} validates neither a LineMessage nor a LineRequest, so the client has nothing to run it on. Derive it from LineFlexValidator<LineMessage> or AbstractValidator<LineRequest>.",
                nameof(TValidator));
        }

        services.TryAddTransient<TValidator>();
        services.AddSingleton(new AddedValidator(typeof(TValidator)));
        return services;
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services, OptionsBuilder<LineFlexOptions> options)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LineFlexOptions>, LineFlexOptionsValidation>());
        options.ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // Measured through the container's meter factory (AddHttpClient registers one), so each container sees its own measurements.
        services.TryAddSingleton(provider => TransportInstruments.From(provider.GetService<IMeterFactory>()));
        // The one set of checks before a send, shared by the client and LineFlex's workers.
        services.TryAddTransient(provider => new SendValidator(
            provider.GetRequiredService<IOptions<LineFlexOptions>>().Value.Validation,
            provider.GetServices<AddedValidator>().Select(added => (IValidator)provider.GetRequiredService(added.Type)),
            provider.GetService<TimeProvider>()));
        var builder = services.AddHttpClient(nameof(LineFlexClient)).AddTypedClient((http, provider) =>
            new LineFlexClient(
                http,
                provider.GetRequiredService<IOptions<LineFlexOptions>>().Value,
                provider.GetService<ILogger<LineFlexClient>>(),
                provider.GetService<TimeProvider>(),
                provider.GetRequiredService<TransportInstruments>(),
                provider.GetRequiredService<SendValidator>()));

        // The client's own timeouts govern; the HttpClient's 100-second default would cut them short.
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

/// <summary>Checks <see cref="LineFlexOptions"/> as <see cref="LineFlexOptions.Validate"/> does, for <c>ValidateOnStart</c>: one failure per wrong option.</summary>
internal sealed class LineFlexOptionsValidation : IValidateOptions<LineFlexOptions>
{
    public ValidateOptionsResult Validate(string? name, LineFlexOptions options) =>
        options.Check().Problems is { Count: > 0 } problems
            ? ValidateOptionsResult.Fail(problems.Select(p => p.Message))
            : ValidateOptionsResult.Success;
}

/// <summary>A validator added with <c>AddLineFlexValidator</c>, resolved by its type when the <see cref="SendValidator"/> is made.</summary>
/// <param name="Type">The validator's type.</param>
internal sealed record AddedValidator(Type Type);
