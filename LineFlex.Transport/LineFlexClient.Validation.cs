using FluentValidation;
using FluentValidation.Results;

namespace LineFlex;

// Validation before a send: LineFlex's rules, then the validators added with AddLineFlexValidator.
public sealed partial class LineFlexClient
{
    /// <summary>
    /// Validates <paramref name="request"/> with LineFlex's rules and every added validator; a message validator's
    /// paths are put below its message (<c>messages[1].content.altText</c>).
    /// </summary>
    /// <exception cref="FlexValidationException">Any of them found an error.</exception>
    private async Task EnsureValidAsync(LineRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>(_request.Validate(request).Errors);
        foreach (var validator in _checks.Requests)
        {
            failures.AddRange((await validator.ValidateAsync(request, cancellationToken).ConfigureAwait(false)).Errors);
        }

        for (var i = 0; _checks.Messages.Count > 0 && request.Messages is not null && i < request.Messages.Count; i++)
        {
            if (request.Messages[i] is { } message)
            {
                failures.AddRange(Below($"messages[{i}]", await MessageFailuresAsync(message, cancellationToken).ConfigureAwait(false)));
            }
        }

        FlexValidationReport.From(new ValidationResult(failures)).ThrowIfInvalid();
    }

    /// <summary>The failures of the added message validators for <paramref name="message"/>, at paths relative to it.</summary>
    private async Task<List<ValidationFailure>> MessageFailuresAsync(LineMessage message, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        foreach (var validator in _checks.Messages)
        {
            failures.AddRange((await validator.ValidateAsync(message, cancellationToken).ConfigureAwait(false)).Errors);
        }

        return failures;
    }

    /// <summary>A bulk message's problem: its findings, LineFlex's and the added message validators', when there is an error.</summary>
    private async Task<Exception?> InvalidAsync(LineMessage message, CancellationToken cancellationToken)
    {
        if (!_options.ValidateBeforeSending)
        {
            return null;
        }

        try
        {
            var failures = new List<ValidationFailure>(_message.Validate(message).Errors);
            failures.AddRange(await MessageFailuresAsync(message, cancellationToken).ConfigureAwait(false));
            var report = FlexValidationReport.From(new ValidationResult(failures));
            return report.IsValid ? null : new FlexValidationException(report);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // A validator is not expected to throw; if one does, this message fails, not the bulk.
            return e;
        }
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

/// <summary>The validators a client runs before every send besides LineFlex's own, by what they validate.</summary>
/// <param name="Requests">The validators of a whole request.</param>
/// <param name="Messages">The validators of one message, run for each message of a request.</param>
internal sealed record SendChecks(IReadOnlyList<IValidator<LineRequest>> Requests, IReadOnlyList<IValidator<LineMessage>> Messages)
{
    /// <summary>None: LineFlex's rules only.</summary>
    public static SendChecks None { get; } = new([], []);

    /// <summary>Sorts <paramref name="validators"/> by what they validate; one of both kinds runs as both.</summary>
    public static SendChecks Of(IEnumerable<IValidator> validators)
    {
        var list = validators.ToList();
        return list.Count == 0 ? None : new(
            [.. list.OfType<IValidator<LineRequest>>()],
            [.. list.OfType<IValidator<LineMessage>>()]);
    }
}
