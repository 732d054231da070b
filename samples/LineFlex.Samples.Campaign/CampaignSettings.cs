namespace LineFlex.Samples.Campaign;

/// <summary>The chaos run's command line: <c>--workers N --messages M --kill-every 5s [--rate R] [--bulk]</c>.</summary>
internal sealed record CampaignSettings(int Workers, int Messages, TimeSpan? KillEvery, double RequestsPerSecond, bool Bulk, Uri RabbitMq, string Postgres)
{
    public const string Usage =
        "usage: LineFlex.Samples.Campaign --workers N --messages M [--kill-every 5s|0] [--rate REQUESTS_PER_SECOND] [--bulk]\n"
        + "  RabbitMQ and PostgreSQL come from LINEFLEX_TEST_RABBITMQ and LINEFLEX_TEST_POSTGRES: eval \"$(bash .ci/services start)\"";

    /// <summary>Reads the arguments; throws <see cref="ArgumentException"/> naming the wrong one and what would be right.</summary>
    public static CampaignSettings Parse(IReadOnlyList<string> args)
    {
        int workers = 3, messages = 20_000;
        double rate = 100;
        TimeSpan? killEvery = TimeSpan.FromSeconds(5);
        var bulk = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--workers":
                    workers = Whole("--workers", Value(), 1, 32);
                    break;
                case "--messages":
                    messages = Whole("--messages", Value(), 1, 10_000_000);
                    break;
                case "--kill-every":
                    killEvery = Duration(Value());
                    break;
                case "--rate":
                    rate = double.TryParse(Value(), System.Globalization.CultureInfo.InvariantCulture, out var r) && r > 0
                        ? r
                        : throw new ArgumentException($"--rate must be a number of requests a second above 0.\n{Usage}");
                    break;
                case "--bulk":
                    bulk = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'.\n{Usage}");
            }
        }

        return new CampaignSettings(workers, messages, killEvery, rate, bulk, new Uri(Service("LINEFLEX_TEST_RABBITMQ")), Service("LINEFLEX_TEST_POSTGRES"));
    }

    private static int Whole(string name, string text, int min, int max) =>
        int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} is '{text}'; it must be a whole number from {min} to {max}.\n{Usage}");

    private static TimeSpan? Duration(string text)
    {
        if (text == "0")
        {
            return null;
        }

        var seconds = text.EndsWith('s') ? text[..^1] : text;
        return double.TryParse(seconds, System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0
            ? TimeSpan.FromSeconds(s)
            : throw new ArgumentException($"--kill-every is '{text}'; write seconds like 5s, or 0 for no kills.\n{Usage}");
    }

    private static string Service(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new ArgumentException($"{variable} is not set: start RabbitMQ and PostgreSQL with eval \"$(bash .ci/services start)\" first.");
}
