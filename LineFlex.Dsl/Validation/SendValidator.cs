using FluentValidation;
using FluentValidation.Results;

namespace LineFlex;

/// <summary>
/// Every check a message passes before it is sent, in one place: LineFlex's rules (less those
/// <see cref="FlexValidatorOptions"/> turn off), then the validators added to the client, a team's own rules
/// (<c>services.AddLineFlexValidator&lt;T&gt;()</c>) and, with <c>services.AddFlexTemplates(approvals, ...)</c>, the
/// approval check (<see cref="ApprovedTemplateValidator"/>). The client runs it before every send, and LineFlex's
/// workers before each message they take; resolve it from the container to run the same checks anywhere else.
/// </summary>
/// <remarks>
/// Immutable and thread-safe once made; dependency injection makes one with the container's validators. An error,
/// LineFlex's or an added validator's, makes the report invalid; <see cref="FlexValidationReport.ThrowIfInvalid"/>
/// then throws <see cref="FlexValidationException"/>, or <see cref="FlexApprovalException"/> when a message left its
/// approved template. See docs/validation.md, section "Your own rules before every send".
/// </remarks>
public sealed class SendValidator
{
    private readonly LineRequestValidator _request;
    private readonly LineMessageValidator _message;
    private readonly IReadOnlyList<IValidator<LineRequest>> _requests;
    private readonly IReadOnlyList<IValidator<LineMessage>> _messages;

    /// <summary>The checks of LineFlex's rules, less those <paramref name="options"/> turn off, and of <paramref name="validators"/>.</summary>
    /// <param name="options">The rules turned off; none when null.</param>
    /// <param name="validators">Validators of <see cref="LineMessage"/> (run for each message, their paths put below it) or of <see cref="LineRequest"/>; none when null.</param>
    /// <param name="timeProvider">The clock for the 180-day <c>sendAt</c> horizon; the system clock when null.</param>
    /// <exception cref="ArgumentException">A validator validates neither a message nor a request.</exception>
    public SendValidator(FlexValidatorOptions? options = null, IEnumerable<IValidator>? validators = null, TimeProvider? timeProvider = null)
    {
        var list = validators?.ToList() ?? [];
        if (list.FirstOrDefault(v => v is not (IValidator<LineMessage> or IValidator<LineRequest>)) is { } stray)
        {
            throw new ArgumentException(
                $"{stray.GetType().Name} validates neither a LineMessage nor a LineRequest, so there is nothing to run it on before a send. Derive it from LineFlexValidator<LineMessage> or AbstractValidator<LineRequest>.",
                nameof(validators));
        }

        _request = new LineRequestValidator(options, timeProvider);
        _message = new LineMessageValidator(options);
        _requests = [.. list.OfType<IValidator<LineRequest>>()];
        _messages = [.. list.OfType<IValidator<LineMessage>>()];
    }

    /// <summary>
    /// Validates a whole request: LineFlex's rules, the added validators of a request, and those of a message for each
    /// message, at paths below it (<c>messages[1].content.altText</c>).
    /// </summary>
    public Task<FlexValidationReport> ValidateAsync(LineRequest request, CancellationToken cancellationToken = default) =>
        ValidateAsync(request, bubbles: null, cancellationToken);

    /// <summary>
    /// <see cref="ValidateAsync(LineRequest, CancellationToken)"/> of a request already written, whose bubbles' bytes
    /// <paramref name="bubbles"/> noted as it was: LF507 reads them instead of counting them again.
    /// </summary>
    internal async Task<FlexValidationReport> ValidateAsync(LineRequest request, WrittenBubbles? bubbles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // LineFlex's own rules run on their own, without a FluentValidation context per call; the added validators as FluentValidation runs them.
        var failures = _request.Rule.Failures(request, bubbles);
        foreach (var validator in _requests)
        {
            failures.AddRange((await validator.ValidateAsync(request, cancellationToken).ConfigureAwait(false)).Errors);
        }

        for (var i = 0; _messages.Count > 0 && request.Messages is not null && i < request.Messages.Count; i++)
        {
            if (request.Messages[i] is { } message && await AddedFailuresAsync(message, cancellationToken).ConfigureAwait(false) is { } added)
            {
                failures.AddRange(Below($"messages[{i}]", added));
            }
        }

        return Report(failures);
    }

    /// <summary>
    /// Validates one message, as a bulk send and the workers do: LineFlex's rules of a message and the added validators
    /// of a message, at paths relative to it (<c>content.altText</c>). Validators of a whole request need
    /// <see cref="ValidateAsync(LineRequest, CancellationToken)"/>.
    /// </summary>
    public async Task<FlexValidationReport> ValidateAsync(LineMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var failures = _message.Rule.Failures(message);
        if (_messages.Count > 0 && await AddedFailuresAsync(message, cancellationToken).ConfigureAwait(false) is { } added)
        {
            failures.AddRange(added);
        }

        return Report(failures);
    }

    /// <summary>The failures of the added message validators for <paramref name="message"/>, at paths relative to it; null when there are none.</summary>
    private async Task<List<ValidationFailure>?> AddedFailuresAsync(LineMessage message, CancellationToken cancellationToken)
    {
        List<ValidationFailure>? failures = null;
        foreach (var validator in _messages)
        {
            if ((await validator.ValidateAsync(message, cancellationToken).ConfigureAwait(false)).Errors is { Count: > 0 } errors)
            {
                (failures ??= []).AddRange(errors);
            }
        }

        return failures;
    }

    /// <summary>The report of <paramref name="failures"/>, as of a FluentValidation result holding them (which holds no null).</summary>
    private FlexValidationReport Report(List<ValidationFailure> failures)
    {
        if (_requests.Count + _messages.Count > 0)
        {
            failures.RemoveAll(static f => f is null);
        }

        return FlexValidationReport.Of(failures);
    }

    /// <summary><paramref name="failures"/> with their paths put below <paramref name="path"/>; <see cref="FlexValidationReport.From"/> writes C# names as wire names.</summary>
    private static IEnumerable<ValidationFailure> Below(string path, List<ValidationFailure> failures) =>
        failures.Select(f => new ValidationFailure(
            f.PropertyName.Length == 0 ? path : path + "." + f.PropertyName,
            f.ErrorMessage,
            f.AttemptedValue)
        {
            ErrorCode = f.ErrorCode,
            Severity = f.Severity,
            CustomState = f.CustomState,
        });
}
