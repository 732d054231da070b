namespace LineFlex;

/// <summary>
/// Builds a <see cref="LineMessage"/>: sender, destinations, the LINE notification (alt text and
/// bubble), per-message options and webhooks.
/// </summary>
/// <remarks>See docs/building-messages.md.</remarks>
public sealed partial class MessageBuilder : IFlexBuilder
{
    // The state is one field per property of LineMessage, its content and its options, generated with the
    // plain setters Sender, AltText and CampaignReferenceId (MessageBuilder.g.cs).
    internal MessageBuilder()
    {
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

    /// <summary>Sets <c>content.contents</c> to a bubble built here.</summary>
    /// <exception cref="InvalidOperationException">The bubble was already set.</exception>
    public MessageBuilder Bubble(Action<BubbleBuilder> bubble)
    {
        ArgumentNullException.ThrowIfNull(bubble);
        return SetBubble(new BubbleBuilder().Configured(bubble).Build());
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
        SlotGuard.EnsureEmpty(_contents, "Message.Bubble", "A LINE notification carries one bubble; call Bubble(...) once.");
        _contents = bubble;
        return this;
    }

    /// <summary>
    /// Fills the parts of the message <paramref name="template"/> owns (alt text, bubble, its options) from
    /// <paramref name="model"/>: <c>m.Sender("acc").To("66812345678").Template(orderShipped, order)</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A part the template fills (the bubble, say) was already set.</exception>
    /// <remarks>See docs/templates.md.</remarks>
    public MessageBuilder Template<TModel>(FlexTemplate<TModel> template, TModel model)
    {
        ArgumentNullException.ThrowIfNull(template);
        template.ComposeInto(this, model);
        return this;
    }

    /// <summary>Sets <c>options.platform</c>.</summary>
    public MessageBuilder Platform(string? entityId = null, string? applicationId = null)
    {
        _platform = new PlatformOptions { EntityId = entityId, ApplicationId = applicationId };
        return this;
    }

    /// <summary>Sets <c>options.validityPeriod</c>; Infobip cuts anything over 48 hours to 48 hours.</summary>
    public MessageBuilder ValidityPeriod(int amount, ValidityPeriodTimeUnit? timeUnit = null)
    {
        _validityPeriod = new ValidityPeriod { Amount = amount, TimeUnit = timeUnit };
        return this;
    }

    /// <summary>Sets <c>options.deliveryTimeWindow</c>: <c>w => w.Days(DeliveryDay.Monday).From(9, 0).To(17, 0)</c>.</summary>
    /// <exception cref="InvalidOperationException">The delivery time window was already set.</exception>
    public MessageBuilder DeliveryTimeWindow(Action<DeliveryTimeWindowBuilder> window) =>
        Fill(ref _deliveryTimeWindow, new DeliveryTimeWindowBuilder(), window ?? throw new ArgumentNullException(nameof(window)), static b => b.Build(), nameof(DeliveryTimeWindow), "Call DeliveryTimeWindow(...) once and set every day inside it.");

    /// <summary>Sets <c>options.smsFailover</c>: an SMS with <paramref name="text"/> when LINE cannot deliver.</summary>
    /// <exception cref="InvalidOperationException">The SMS failover was already set.</exception>
    public MessageBuilder SmsFailover(string text, Action<SmsFailoverBuilder>? configure = null) =>
        Fill(ref _smsFailover, new SmsFailoverBuilder(text ?? throw new ArgumentNullException(nameof(text))), configure, static b => b.Build(), nameof(SmsFailover), "A message has one failover SMS; call SmsFailover(...) once.");

    /// <summary>Sets <c>webhooks</c>: <c>w => w.Delivery("https://example.com/dlr").CallbackData("order-42")</c>.</summary>
    /// <exception cref="InvalidOperationException">The webhooks were already set.</exception>
    public MessageBuilder Webhooks(Action<WebhooksBuilder> webhooks) =>
        Fill(ref _webhooks, new WebhooksBuilder(), webhooks ?? throw new ArgumentNullException(nameof(webhooks)), static b => b.Build(), nameof(Webhooks), "Call Webhooks(...) once and set delivery, content type and callback data inside it.");

    /// <summary>Fills a slot of the options or webhooks: a second call throws before its lambda runs.</summary>
    private MessageBuilder Fill<TBuilder, TNode>(ref TNode? slot, TBuilder builder, Action<TBuilder>? configure, Func<TBuilder, TNode> build, string name, string fix)
        where TNode : class
    {
        if (slot is not null)
        {
            throw SlotGuard.Taken("Message." + name, fix);
        }

        slot = build(builder.Configured(configure));
        return this;
    }

    /// <summary>The template and variant that filled this message, if one did.</summary>
    internal FlexTemplateOrigin? Origin { get; set; }

    /// <summary>The message built so far; later calls on this builder do not change it.</summary>
    public LineMessage Build() => Origin is null ? BuildLineMessage() : BuildLineMessage().WithOrigin(Origin);

    /// <summary>The message built so far; see <see cref="Build"/>.</summary>
    public static implicit operator LineMessage(MessageBuilder builder) =>
        (builder ?? throw new ArgumentNullException(nameof(builder))).Build();
}
