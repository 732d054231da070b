namespace LineFlex;

/// <summary>Builds a <see cref="LineRequest"/>: its messages and the bulk's schedule.</summary>
/// <remarks>See docs/building-messages.md.</remarks>
public sealed class RequestBuilder
{
    private readonly List<LineMessage> _messages = [];
    private ScheduleOptions? _schedule;

    internal RequestBuilder()
    {
    }

    /// <summary>Adds a message built here.</summary>
    public RequestBuilder Message(Action<MessageBuilder> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var builder = new MessageBuilder();
        message(builder);
        _messages.Add(builder.Build());
        return this;
    }

    /// <summary>Adds an already built message.</summary>
    public RequestBuilder Message(LineMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _messages.Add(message);
        return this;
    }

    /// <summary>Adds already built messages in order.</summary>
    public RequestBuilder Messages(IEnumerable<LineMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            Message(message ?? throw new ArgumentException("The messages contain a null; remove it.", nameof(messages)));
        }

        return this;
    }

    /// <summary>Sets <c>options.schedule.bulkId</c>.</summary>
    public RequestBuilder BulkId(string bulkId)
    {
        ArgumentNullException.ThrowIfNull(bulkId);
        _schedule = (_schedule ?? new()) with { BulkId = bulkId };
        return this;
    }

    /// <summary>Sets <c>options.schedule.sendAt</c> (at most 180 days ahead; the wire keeps milliseconds, and finer digits when the value has them).</summary>
    public RequestBuilder SendAt(DateTimeOffset sendAt)
    {
        _schedule = (_schedule ?? new()) with { SendAt = sendAt };
        return this;
    }

    /// <summary>Sets <c>options.schedule.sendingSpeedLimit</c>.</summary>
    public RequestBuilder SendingSpeedLimit(int amount, SpeedLimitTimeUnit? timeUnit = null)
    {
        _schedule = (_schedule ?? new()) with { SendingSpeedLimit = new SendingSpeedLimit { Amount = amount, TimeUnit = timeUnit } };
        return this;
    }

    /// <summary>The request built so far; later calls on this builder do not change it.</summary>
    public LineRequest Build() => new()
    {
        Messages = ValueList.From(_messages),
        Options = _schedule is null ? null : new RequestOptions { Schedule = _schedule },
    };

    /// <summary>The request built so far; see <see cref="Build"/>.</summary>
    public static implicit operator LineRequest(RequestBuilder builder) =>
        (builder ?? throw new ArgumentNullException(nameof(builder))).Build();
}
