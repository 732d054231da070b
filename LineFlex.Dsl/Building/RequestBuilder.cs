namespace LineFlex;

/// <summary>Builds a <see cref="LineRequest"/>: its messages and the bulk's schedule.</summary>
/// <remarks>See docs/building-messages.md.</remarks>
public sealed partial class RequestBuilder : IFlexBuilder
{
    // The state is one field per property of LineRequest and its schedule, generated with the plain
    // setters BulkId and SendAt (RequestBuilder.g.cs).
    internal RequestBuilder()
    {
    }

    /// <summary>Adds a message built here.</summary>
    public RequestBuilder Message(Action<MessageBuilder> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Message(new MessageBuilder().Configured(message).Build());
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

    /// <summary>Sets <c>options.schedule.sendingSpeedLimit</c>.</summary>
    public RequestBuilder SendingSpeedLimit(int amount, SpeedLimitTimeUnit? timeUnit = null)
    {
        _sendingSpeedLimit = new SendingSpeedLimit { Amount = amount, TimeUnit = timeUnit };
        return this;
    }

    /// <summary>The request built so far; later calls on this builder do not change it.</summary>
    public LineRequest Build() => BuildLineRequest();

    /// <summary>The request built so far; see <see cref="Build"/>.</summary>
    public static implicit operator LineRequest(RequestBuilder builder) =>
        (builder ?? throw new ArgumentNullException(nameof(builder))).Build();
}
