using Microsoft.Extensions.Logging;

namespace LineFlex.Cli;

/// <summary>
/// Writes LineFlex's own log lines, Information and above, to the command's output, one line each with the local time,
/// so the standalone sandbox shows each request it answers. Other categories (Kestrel's, the host's) are left out: what
/// they would say of a failure to start, the command's one error line says.
/// </summary>
internal sealed class OutputLoggerProvider(TextWriter output, TimeProvider clock) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) =>
        new OutputLogger(this, categoryName.StartsWith("LineFlex", StringComparison.Ordinal) ? LogLevel.Information : LogLevel.None);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string message)
    {
        var time = clock.GetLocalNow().ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var prefix = level switch
        {
            >= LogLevel.Error => "error: ",
            LogLevel.Warning => "warning: ",
            _ => string.Empty,
        };
        lock (_gate)
        {
            output.WriteLine($"{time} {prefix}{message.ReplaceLineEndings(" ")}");
        }
    }

    private sealed class OutputLogger(OutputLoggerProvider provider, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => minimum != LogLevel.None && logLevel != LogLevel.None && logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                // The exception's type only: its message may quote what a webhook answered.
                provider.Write(logLevel, formatter(state, exception) + (exception is null ? string.Empty : $" ({exception.GetType().Name})"));
            }
        }
    }
}
