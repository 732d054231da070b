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

    /// <summary>
    /// A builder whose message was built, kept for the next message a lambda fills on this thread, so a request's
    /// message costs its records and nothing else. It is handed out only while it is not in use (a lambda that
    /// builds another message while its own is being built gets a new one), and a builder is valid only inside the
    /// lambda it is passed to.
    /// </summary>
    [ThreadStatic]
    private static MessageBuilder? s_spare;

    internal MessageBuilder()
    {
    }

    /// <summary>The message <paramref name="configure"/> fills, on this thread's spare builder when it is free.</summary>
    internal static LineMessage Filled(Action<MessageBuilder> configure)
    {
        var builder = s_spare ?? new MessageBuilder();
        s_spare = null;
        configure(builder);
        var message = builder.Build();
        builder.Release();
        s_spare = builder;
        return message;
    }

    /// <summary>Makes this builder as new, keeping nothing of the message it built but the list of destinations, emptied.</summary>
    private void Release()
    {
        var destinations = _destinations;
        ClearState();
        Origin = null;
        destinations?.Clear();
        _destinations = destinations;
    }

    /// <summary>Adds a destination: a phone number in international form without '+', and optionally your message id.</summary>
    public MessageBuilder To(string to, string? messageId = null)
    {
        ArgumentNullException.ThrowIfNull(to);
        (_destinations ??= []).Add(new LineDestination { To = to, MessageId = messageId });
        return this;
    }

    /// <summary>Adds an already built destination.</summary>
    public MessageBuilder Destination(LineDestination destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        (_destinations ??= []).Add(destination);
        return this;
    }

    /// <summary>Sets <c>content.contents</c> to a bubble built here.</summary>
    /// <exception cref="InvalidOperationException">The bubble was already set.</exception>
    public MessageBuilder Bubble(Action<BubbleBuilder> bubble)
    {
        ArgumentNullException.ThrowIfNull(bubble);
        return SetBubble(BubbleBuilder.Filled(bubble));
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
