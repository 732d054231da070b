using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LineFlex.Tests.Transport.Client;

/// <summary>Keeps every log line, so tests can read what the client logged (and prove what it never logs).</summary>
/// <param name="onLog">Called with each entry as it is logged, on the logging thread.</param>
internal sealed class CapturingLogger<T>(Action<LogEntry>? onLog = null) : ILogger<T>
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>Each line as <c>Level: text</c>, the exception's text after it when there was one.</summary>
    public IReadOnlyList<string> Lines => [.. _entries.Select(e => e.Line)];

    /// <summary>Each line with its level and event.</summary>
    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var entry = new LogEntry(logLevel, eventId, $"{logLevel}: {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception)}");
        _entries.Enqueue(entry);
        onLog?.Invoke(entry);
    }
}

/// <summary>One captured log line.</summary>
internal sealed record LogEntry(LogLevel Level, EventId EventId, string Line)
{
    public override string ToString() => $"{EventId.Id} {EventId.Name} {Line}";
}
