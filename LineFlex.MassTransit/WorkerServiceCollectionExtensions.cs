using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LineFlex;

/// <summary>Registers a LineFlex worker: MassTransit over RabbitMQ consuming <see cref="NotificationRequest"/>s, and the PostgreSQL ledger.</summary>
/// <remarks>See docs/scale-out.md.</remarks>
public static class WorkerServiceCollectionExtensions
{
    /// <summary>The meter the workers measure on (<c>LineFlex.Workers</c>): add it to OpenTelemetry's metrics.</summary>
    public const string MeterName = WorkerInstruments.MeterName;

    /// <summary>
    /// Makes this host a LineFlex worker: it creates the ledger's tables on start, reads notification requests
    /// from <see cref="LineFlexWorkerOptions.Queue"/> in batches, and sends them through the registered
    /// <see cref="ILineFlexClient"/> (register it with <c>AddLineFlex</c>, and templates with <c>AddFlexTemplates</c>).
    /// MassTransit is registered here; <paramref name="configureBus"/> adds the app's own consumers to the same bus.
    /// </summary>
    /// <exception cref="InvalidOperationException">An option is missing or out of range (the message names it).</exception>
    public static IServiceCollection AddLineFlexWorkers(this IServiceCollection services, Action<LineFlexWorkerOptions> configure, Action<IBusRegistrationConfigurator>? configureBus = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new LineFlexWorkerOptions();
        configure(options);
        options.Validate();

        services.AddSingleton(options);
        services.AddSingleton(_ => new NotificationLedger(options.Ledger!));
        services.AddSingleton(sp => new AccountRateLimit(sp.GetRequiredService<NotificationLedger>().Source, options.Account, options.RequestsPerSecond));
        services.AddSingleton(sp => new WorkerInstruments(sp.GetService<IMeterFactory>(), options.WorkerName));
        // Registered before MassTransit's own hosted service, so the tables exist before the first message is consumed.
        services.AddHostedService<LedgerSchemaService>();
        // The host's start waits for the bus, so the queue exists and is bound once StartAsync returns.
        services.Configure<MassTransitHostOptions>(host => host.WaitUntilStarted = true);
        services.AddMassTransit(bus =>
        {
            bus.AddConsumer<NotificationConsumer>(c => c.Options<BatchOptions>(b => b
                    .SetMessageLimit(options.MaxBatchSize)
                    .SetTimeLimit(options.BatchTimeLimit)
                    .SetConcurrencyLimit(options.ConcurrentBatches)))
                .ExcludeFromConfigureEndpoints();
            configureBus?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(options.RabbitMq!, _ => { });
                rabbit.ReceiveEndpoint(options.Queue, endpoint =>
                {
                    endpoint.PrefetchCount = options.MaxBatchSize * options.ConcurrentBatches;
                    endpoint.ConfigureConsumer<NotificationConsumer>(context);
                });
                rabbit.ConfigureEndpoints(context);
            });
        });
        return services;
    }

    /// <summary>Creates the ledger's tables when the host starts.</summary>
    private sealed class LedgerSchemaService(NotificationLedger ledger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => ledger.EnsureSchemaAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
