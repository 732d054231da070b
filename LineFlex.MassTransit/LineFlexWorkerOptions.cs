namespace LineFlex;

/// <summary>How a worker host reaches the broker and the ledger, and how fast the whole account may send.</summary>
/// <remarks>See docs/scale-out.md.</remarks>
public sealed class LineFlexWorkerOptions
{
    /// <summary>The RabbitMQ broker (<c>amqp://user:password@host:5672/vhost</c>). Required.</summary>
    public Uri? RabbitMq { get; set; }

    /// <summary>The ledger's PostgreSQL connection string (Npgsql). Required.</summary>
    public string? Ledger { get; set; }

    /// <summary>The queue workers read notification requests from.</summary>
    public string Queue { get; set; } = "lineflex-notifications";

    /// <summary>The sender of requests that name none: the LINE Official Account id.</summary>
    public string? Sender { get; set; }

    /// <summary>
    /// The Infobip account's limit: requests per second across every worker that shares the ledger. Each worker
    /// takes a time slot from the ledger's database before each request, so together they never exceed it.
    /// </summary>
    public double RequestsPerSecond { get; set; } = 50;

    /// <summary>The account the rate limit is kept under in the ledger: workers of one Infobip account share it.</summary>
    public string Account { get; set; } = "default";

    /// <summary>At most this many messages go in one Infobip request (1 to 1000).</summary>
    public int MaxBatchSize { get; set; } = 100;

    /// <summary>How long a worker waits for a batch to fill before sending what it has.</summary>
    public TimeSpan BatchTimeLimit { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How many batches one worker sends at once.</summary>
    public int ConcurrentBatches { get; set; } = 2;

    /// <summary>How long every worker waits after a 429 that said no <c>Retry-After</c>.</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The worker's name in the ledger's evidence and in its metrics; the machine name and process id by default.</summary>
    public string WorkerName { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Checks the options, naming the first wrong one and what would be right.</summary>
    /// <exception cref="InvalidOperationException">An option is missing or out of range.</exception>
    public void Validate()
    {
        if (RabbitMq is null)
        {
            throw new InvalidOperationException("LineFlexWorkerOptions.RabbitMq is required: the broker's address, such as amqp://guest:guest@127.0.0.1:5672/.");
        }

        if (string.IsNullOrWhiteSpace(Ledger))
        {
            throw new InvalidOperationException("LineFlexWorkerOptions.Ledger is required: a PostgreSQL connection string, such as Host=127.0.0.1;Username=lineflex;Database=lineflex.");
        }

        if (string.IsNullOrWhiteSpace(Queue) || string.IsNullOrWhiteSpace(Account) || string.IsNullOrWhiteSpace(WorkerName))
        {
            throw new InvalidOperationException("LineFlexWorkerOptions.Queue, Account and WorkerName must not be empty.");
        }

        if (!(RequestsPerSecond > 0 && RequestsPerSecond <= 100_000))
        {
            throw new InvalidOperationException($"LineFlexWorkerOptions.RequestsPerSecond is {RequestsPerSecond}; it must be more than 0 and at most 100000.");
        }

        if (MaxBatchSize is < 1 or > 1000)
        {
            throw new InvalidOperationException($"LineFlexWorkerOptions.MaxBatchSize is {MaxBatchSize}; it must be 1 to 1000.");
        }

        if (ConcurrentBatches is < 1 or > 64)
        {
            throw new InvalidOperationException($"LineFlexWorkerOptions.ConcurrentBatches is {ConcurrentBatches}; it must be 1 to 64.");
        }

        if (BatchTimeLimit <= TimeSpan.Zero || DefaultRetryAfter <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("LineFlexWorkerOptions.BatchTimeLimit and DefaultRetryAfter must be more than zero.");
        }
    }
}
