using System.Threading.Channels;
using LineFlex.Gallery;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LineFlex.Tests.Scale;

/// <summary>
/// The real RabbitMQ and PostgreSQL the scale-out tests run against, found through the variables
/// <c>bash .ci/services start</c> prints; and the workers, publishers and databases each test makes of them.
/// </summary>
internal static class ScaleServices
{
    public const string RabbitMqVariable = "LINEFLEX_TEST_RABBITMQ";
    public const string PostgresVariable = "LINEFLEX_TEST_POSTGRES";

    public static Uri RabbitMq => new(Required(RabbitMqVariable));

    public static string Postgres => Required(PostgresVariable);

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new AssertionException(
                $"{variable} is not set: these tests need a real RabbitMQ and PostgreSQL. Start both on loopback with "
                + "eval \"$(bash .ci/services start)\" in this shell, run the tests, then bash .ci/services stop (docs/scale-out.md#tests).");

    /// <summary>A new, empty database of its own, dropped when disposed.</summary>
    public static async Task<ScratchDatabase> CreateDatabaseAsync()
    {
        var name = "lineflex_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(Postgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new ScratchDatabase(name, new NpgsqlConnectionStringBuilder(Postgres) { Database = name, Pooling = true }.ConnectionString);
    }

    /// <summary>A worker host, as an app would run it: the client against <paramref name="sandbox"/>, the gallery's templates, the workers.</summary>
    public static async Task<IHost> StartWorkerAsync(Uri sandbox, string ledger, string queue, Action<LineFlexWorkerOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddLineFlex(o =>
        {
            o.BaseUrl = sandbox.AbsoluteUri;
            o.ApiKey = "any-key";
            // Every attempt goes through the account's rate limit: the workers retry a 429 themselves.
            o.MaxRetryAttempts = 0;
        });
        builder.Services.AddFlexTemplates(typeof(PointsEarned).Assembly);
        services?.Invoke(builder.Services);
        builder.Services.AddLineFlexWorkers(o =>
        {
            o.RabbitMq = RabbitMq;
            o.Ledger = ledger;
            o.Queue = queue;
            o.Account = queue;
            o.Sender = "OFFICIAL-ACCOUNT-ID-123";
            configure?.Invoke(o);
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>A bus that sends requests to <paramref name="queue"/> and collects every published outcome.</summary>
    public static async Task<Publisher> StartPublisherAsync(string queue)
    {
        var outcomes = Channel.CreateUnbounded<NotificationOutcome>();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(RabbitMq, _ => { });
            rabbit.ReceiveEndpoint(queue + "-outcomes", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<NotificationOutcome>(context => outcomes.Writer.WriteAsync(context.Message).AsTask());
            });
        });
        await bus.StartAsync();
        return new Publisher(bus, await bus.GetSendEndpoint(new Uri("queue:" + queue)), outcomes.Reader);
    }

    /// <summary>The points-earned gallery template's request for one member.</summary>
    public static NotificationRequest Points(int member, string? messageId = null, string? campaignId = null) =>
        NotificationRequest.ForTemplate(
            "points-earned",
            new Points(Language.English, member % 100, 1000 + member, "Dec 31", "https://example.com/points"),
            $"668{member:D8}",
            messageId,
            campaignId);
}

internal sealed record ScratchDatabase(string Name, string ConnectionString) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ScaleServices.Postgres);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

internal sealed record Publisher(IBusControl Bus, ISendEndpoint Queue, ChannelReader<NotificationOutcome> Outcomes) : IAsyncDisposable
{
    /// <summary>The next <paramref name="count"/> outcomes, or a failure naming how many came.</summary>
    public async Task<List<NotificationOutcome>> OutcomesAsync(int count, TimeSpan timeout)
    {
        var got = new List<NotificationOutcome>();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (got.Count < count)
            {
                got.Add(await Outcomes.ReadAsync(cancel.Token));
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{got.Count} of {count} outcomes came within {timeout}: {string.Join(", ", got.Select(o => o.Status))}");
        }

        return got;
    }

    public async ValueTask DisposeAsync() => await Bus.StopAsync();
}
