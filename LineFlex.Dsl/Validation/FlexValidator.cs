namespace LineFlex;

/// <summary>
/// Checks a request, a message, a bubble, a component or an action against every documented rule of
/// Infobip's LINE API and LINE's Flex layout, and reports each finding at its wire JSON path: the façade over
/// <see cref="LineRequestValidator"/>, <see cref="LineMessageValidator"/>, <see cref="FlexBubbleValidator"/>,
/// <see cref="FlexComponentValidator"/> and <see cref="FlexActionValidator"/> that returns a <see cref="FlexValidationReport"/>.
/// </summary>
/// <remarks>
/// Build one and share it: it is immutable and safe to use from many threads. It never throws for a
/// tree, whatever is missing and however deep it nests. See docs/validation.md for every rule.
/// </remarks>
public sealed class FlexValidator
{
    private readonly FlexActionValidator _action;
    private readonly FlexComponentValidator _component;
    private readonly FlexBubbleValidator _bubble;
    private readonly LineMessageValidator _message;
    private readonly LineRequestValidator _request;

    /// <summary>Creates a validator.</summary>
    /// <param name="timeProvider">The clock for the 180-day <c>sendAt</c> horizon; the system clock when null.</param>
    public FlexValidator(TimeProvider? timeProvider = null)
        : this(null, timeProvider)
    {
    }

    /// <summary>Creates a validator that leaves out the rules <paramref name="options"/> turn off (<c>new FlexValidatorOptions().Ignore("LF513")</c>).</summary>
    /// <param name="options">The rules turned off; none when null.</param>
    /// <param name="timeProvider">The clock for the 180-day <c>sendAt</c> horizon; the system clock when null.</param>
    public FlexValidator(FlexValidatorOptions? options, TimeProvider? timeProvider)
    {
        _action = new FlexActionValidator(options);
        _component = new FlexComponentValidator(options);
        _bubble = new FlexBubbleValidator(options);
        _message = new LineMessageValidator(options);
        _request = new LineRequestValidator(options, timeProvider);
    }

    /// <summary>A shared validator on the system clock.</summary>
    public static FlexValidator Default { get; } = new();

    internal IReadOnlyList<Type> CoveredComponentTypes => ComponentValidators.Covered;

    /// <summary>Validates a whole request with <see cref="LineRequestValidator"/>; paths start at the request (<c>messages[0]...</c>).</summary>
    public FlexValidationReport Validate(LineRequest request) =>
        FlexValidationReport.Of(_request.Rule.Failures(request ?? throw new ArgumentNullException(nameof(request))));

    /// <summary>Validates one message with <see cref="LineMessageValidator"/>; paths are relative to it (<c>content.altText</c>).</summary>
    /// <remarks>Rules that span the request (unique message ids, the schedule) need <see cref="Validate(LineRequest)"/>.</remarks>
    public FlexValidationReport Validate(LineMessage message) =>
        FlexValidationReport.Of(_message.Rule.Failures(message ?? throw new ArgumentNullException(nameof(message))));

    /// <summary>Validates a message's content, its alt text and bubble; paths are relative to it (<c>contents.body</c>).</summary>
    public FlexValidationReport Validate(LineNotificationContent content)
    {
        const string Prefix = "content";
        var report = Validate(new LineMessage { Content = content ?? throw new ArgumentNullException(nameof(content)) });
        return new FlexValidationReport(report.Findings
            .Where(f => f.Path.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(f => f with { Path = f.Path.Length == Prefix.Length ? string.Empty : f.Path[(Prefix.Length + 1)..] })
            .ToArray());
    }

    /// <summary>Validates one bubble with <see cref="FlexBubbleValidator"/>; paths are relative to it (<c>body.contents[0]</c>).</summary>
    public FlexValidationReport Validate(FlexBubble bubble) =>
        FlexValidationReport.Of(_bubble.Rule.Failures(bubble ?? throw new ArgumentNullException(nameof(bubble))));

    /// <summary>Validates one component and what it holds with <see cref="FlexComponentValidator"/>; paths are relative to it.</summary>
    /// <remarks>Rules about where a component stands (in a BASELINE box, first in a block) need its parent.</remarks>
    public FlexValidationReport Validate(FlexComponent component) =>
        FlexValidationReport.Of(_component.Rule.Failures(component ?? throw new ArgumentNullException(nameof(component))));

    /// <summary>Validates one action with <see cref="FlexActionValidator"/>; paths are relative to it (<c>label</c>).</summary>
    public FlexValidationReport Validate(FlexAction action) =>
        FlexValidationReport.Of(_action.Rule.Failures(action ?? throw new ArgumentNullException(nameof(action))));

    /// <summary>Throws <see cref="FlexValidationException"/> listing every error when the request breaks a rule.</summary>
    /// <returns>The report, with any warnings, when there is no error.</returns>
    public FlexValidationReport EnsureValid(LineRequest request)
    {
        var report = Validate(request);
        report.ThrowIfInvalid();
        return report;
    }

    /// <summary>Throws <see cref="FlexValidationException"/> listing every error when the message breaks a rule.</summary>
    /// <returns>The report, with any warnings, when there is no error.</returns>
    /// <remarks>Rules that span the request (unique message ids, the schedule) need <see cref="EnsureValid(LineRequest)"/>.</remarks>
    public FlexValidationReport EnsureValid(LineMessage message)
    {
        var report = Validate(message);
        report.ThrowIfInvalid();
        return report;
    }

    /// <summary>Throws <see cref="FlexValidationException"/> listing every error when the bubble breaks a rule.</summary>
    /// <returns>The report, with any warnings, when there is no error.</returns>
    public FlexValidationReport EnsureValid(FlexBubble bubble)
    {
        var report = Validate(bubble);
        report.ThrowIfInvalid();
        return report;
    }
}
