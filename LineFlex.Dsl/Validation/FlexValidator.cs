using FluentValidation.Results;

namespace LineFlex;

/// <summary>
/// Checks a request, a message, a bubble, a component or an action against every documented rule of
/// Infobip's LINE API and LINE's Flex layout, and reports each finding at its wire JSON path.
/// </summary>
/// <remarks>
/// Build one and share it: it is immutable and safe to use from many threads. It never throws for a
/// tree, whatever is missing and however deep it nests. See docs/validation.md for every rule.
/// </remarks>
public sealed class FlexValidator
{
    private readonly ActionValidators _actions;
    private readonly ComponentValidator _component;
    private readonly BubbleValidator _bubble;
    private readonly MessageValidator _message;
    private readonly RequestValidator _request;

    /// <summary>Creates a validator.</summary>
    /// <param name="timeProvider">The clock for the 180-day <c>sendAt</c> horizon; the system clock when null.</param>
    public FlexValidator(TimeProvider? timeProvider = null)
    {
        var clock = timeProvider ?? TimeProvider.System;
        _actions = new ActionValidators();
        _component = new ComponentValidator();
        _bubble = new BubbleValidator();
        _message = new MessageValidator();
        _request = new RequestValidator(clock);
    }

    /// <summary>A shared validator on the system clock.</summary>
    public static FlexValidator Default { get; } = new();

    internal IReadOnlyList<Type> CoveredComponentTypes => ComponentValidators.Covered;

    /// <summary>Validates a whole request; paths start at the request (<c>messages[0]...</c>).</summary>
    public FlexValidationReport Validate(LineRequest request) =>
        NestingCheck.Of(request ?? throw new ArgumentNullException(nameof(request))) is { } tooDeep ? Report(tooDeep) : Report(_request.Validate(request));

    /// <summary>Validates one message; paths are relative to it (<c>content.altText</c>).</summary>
    /// <remarks>Rules that span the request (unique message ids, the schedule) need <see cref="Validate(LineRequest)"/>.</remarks>
    public FlexValidationReport Validate(LineMessage message) =>
        NestingCheck.Of(message ?? throw new ArgumentNullException(nameof(message))) is { } tooDeep ? Report(tooDeep) : Report(_message.Validate(message));

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

    /// <summary>Validates one bubble; paths are relative to it (<c>body.contents[0]</c>).</summary>
    public FlexValidationReport Validate(FlexBubble bubble) =>
        NestingCheck.Of(bubble ?? throw new ArgumentNullException(nameof(bubble))) is { } tooDeep ? Report(tooDeep) : Report(_bubble.Validate(bubble));

    /// <summary>Validates one component and what it holds; paths are relative to it.</summary>
    /// <remarks>Rules about where a component stands (in a BASELINE box, first in a block) need its parent.</remarks>
    public FlexValidationReport Validate(FlexComponent component) =>
        NestingCheck.Of(component ?? throw new ArgumentNullException(nameof(component))) is { } tooDeep ? Report(tooDeep) : Report(_component.Validate(component));

    /// <summary>Validates one action; paths are relative to it (<c>label</c>).</summary>
    public FlexValidationReport Validate(FlexAction action) =>
        Report(_actions.Validate(action ?? throw new ArgumentNullException(nameof(action))));

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

    /// <summary>A tree nested too deep gets that one finding: checking more of it would recurse through every level.</summary>
    private static FlexValidationReport Report(FlexFinding tooDeep) => new([tooDeep]);

    private static FlexValidationReport Report(ValidationResult result)
    {
        var findings = new List<FlexFinding>(result.Errors.Count);
        foreach (var severity in (ReadOnlySpan<FluentValidation.Severity>)[FluentValidation.Severity.Error, FluentValidation.Severity.Warning])
        {
            foreach (var failure in result.Errors)
            {
                if (failure.Severity == severity)
                {
                    findings.Add(new FlexFinding(
                        severity == FluentValidation.Severity.Warning ? FindingSeverity.Warning : FindingSeverity.Error,
                        failure.ErrorCode,
                        WirePath.FromPropertyPath(failure.PropertyName),
                        failure.ErrorMessage,
                        failure.AttemptedValue));
                }
            }
        }

        return new FlexValidationReport(findings);
    }
}
