namespace LineFlex;

/// <summary>
/// Builds a <see cref="LineMessage"/>: sender, destinations, the LINE notification (alt text and
/// bubble), per-message options and webhooks.
/// </summary>
/// <remarks>See docs/building-messages.md.</remarks>
public sealed class MessageBuilder
{
    private readonly List<LineDestination> _destinations = [];
    private LineMessage _message = new();
    private string? _altText;
    private FlexBubble? _bubble;
    private MessageOptions? _options;

    internal MessageBuilder()
    {
    }

    /// <summary>Sets <c>sender</c>: the LINE Official Account id.</summary>
    public MessageBuilder Sender(string sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        _message = _message with { Sender = sender };
        return this;
    }

    /// <summary>Adds a destination: a phone number in international form without '+', and optionally your message id.</summary>
    public MessageBuilder To(string to, string? messageId = null)
    {
        ArgumentNullException.ThrowIfNull(to);
        _destinations.Add(new LineDestination { To = to, MessageId = messageId });
        return this;
    }

    /// <summary>Adds an already built destination.</summary>
    public MessageBuilder Destination(LineDestination destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _destinations.Add(destination);
        return this;
    }

    /// <summary>Sets <c>content.altText</c>: what is shown where the bubble cannot be.</summary>
    public MessageBuilder AltText(string altText)
    {
        ArgumentNullException.ThrowIfNull(altText);
        _altText = altText;
        return this;
    }

    /// <summary>Sets <c>content.contents</c> to a bubble built here.</summary>
    /// <exception cref="InvalidOperationException">The bubble was already set.</exception>
    public MessageBuilder Bubble(Action<BubbleBuilder> bubble)
    {
        ArgumentNullException.ThrowIfNull(bubble);
        var builder = new BubbleBuilder();
        bubble(builder);
        return SetBubble(builder.Build());
    }

    /// <summary>Sets <c>content.contents</c> to an already built bubble (from a template method, say).</summary>
    /// <exception cref="InvalidOperationException">The bubble was already set.</exception>
    /// <exception cref="ArgumentException">Its boxes nest deeper than <see cref="FlexLimits.MaxDepth"/>.</exception>
    public MessageBuilder Bubble(FlexBubble bubble)
    {
        ArgumentNullException.ThrowIfNull(bubble);
        NestingGuard.EnsureFits(bubble, nameof(bubble));
        return SetBubble(bubble);
    }

    private MessageBuilder SetBubble(FlexBubble bubble)
    {
        SlotGuard.EnsureEmpty(_bubble, "Message.Bubble", "A LINE notification carries one bubble; call Bubble(...) once.");
        _bubble = bubble;
        return this;
    }

    /// <summary>Sets <c>options.platform</c>.</summary>
    public MessageBuilder Platform(string? entityId = null, string? applicationId = null)
    {
        _options = (_options ?? new()) with { Platform = new PlatformOptions { EntityId = entityId, ApplicationId = applicationId } };
        return this;
    }

    /// <summary>Sets <c>options.validityPeriod</c>; Infobip cuts anything over 48 hours to 48 hours.</summary>
    public MessageBuilder ValidityPeriod(int amount, ValidityPeriodTimeUnit? timeUnit = null)
    {
        _options = (_options ?? new()) with { ValidityPeriod = new ValidityPeriod { Amount = amount, TimeUnit = timeUnit } };
        return this;
    }

    /// <summary>Sets <c>options.deliveryTimeWindow</c>: <c>w => w.Days(DeliveryDay.Monday).From(9, 0).To(17, 0)</c>.</summary>
    /// <exception cref="InvalidOperationException">The delivery time window was already set.</exception>
    public MessageBuilder DeliveryTimeWindow(Action<DeliveryTimeWindowBuilder> window)
    {
        ArgumentNullException.ThrowIfNull(window);
        SlotGuard.EnsureEmpty(_options?.DeliveryTimeWindow, "Message.DeliveryTimeWindow", "Call DeliveryTimeWindow(...) once and set every day inside it.");
        var builder = new DeliveryTimeWindowBuilder();
        window(builder);
        _options = (_options ?? new()) with { DeliveryTimeWindow = builder.Build() };
        return this;
    }

    /// <summary>Sets <c>options.campaignReferenceId</c>.</summary>
    public MessageBuilder CampaignReferenceId(string campaignReferenceId)
    {
        ArgumentNullException.ThrowIfNull(campaignReferenceId);
        _options = (_options ?? new()) with { CampaignReferenceId = campaignReferenceId };
        return this;
    }

    /// <summary>Sets <c>options.smsFailover</c>: an SMS with <paramref name="text"/> when LINE cannot deliver.</summary>
    /// <exception cref="InvalidOperationException">The SMS failover was already set.</exception>
    public MessageBuilder SmsFailover(string text, Action<SmsFailoverBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        SlotGuard.EnsureEmpty(_options?.SmsFailover, "Message.SmsFailover", "A message has one failover SMS; call SmsFailover(...) once.");
        var builder = new SmsFailoverBuilder(text);
        configure?.Invoke(builder);
        _options = (_options ?? new()) with { SmsFailover = builder.Build() };
        return this;
    }

    /// <summary>Sets <c>webhooks</c>: <c>w => w.Delivery("https://example.com/dlr").CallbackData("order-42")</c>.</summary>
    /// <exception cref="InvalidOperationException">The webhooks were already set.</exception>
    public MessageBuilder Webhooks(Action<WebhooksBuilder> webhooks)
    {
        ArgumentNullException.ThrowIfNull(webhooks);
        SlotGuard.EnsureEmpty(_message.Webhooks, "Message.Webhooks", "Call Webhooks(...) once and set delivery, content type and callback data inside it.");
        var builder = new WebhooksBuilder();
        webhooks(builder);
        _message = _message with { Webhooks = builder.Build() };
        return this;
    }

    /// <summary>The message built so far; later calls on this builder do not change it.</summary>
    public LineMessage Build() => _message with
    {
        Destinations = ValueList.From(_destinations),
        Content = new LineNotificationContent { AltText = _altText, Contents = _bubble },
        Options = _options,
    };

    /// <summary>The message built so far; see <see cref="Build"/>.</summary>
    public static implicit operator LineMessage(MessageBuilder builder) =>
        (builder ?? throw new ArgumentNullException(nameof(builder))).Build();
}
