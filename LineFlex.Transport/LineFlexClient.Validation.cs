namespace LineFlex;

// Validation before a send: the client's SendValidator, LineFlex's rules and the validators added with AddLineFlexValidator.
public sealed partial class LineFlexClient
{
    /// <summary>Validates <paramref name="request"/> with the client's <see cref="SendValidator"/>.</summary>
    /// <exception cref="FlexValidationException">It found an error (<see cref="FlexApprovalException"/> for a message that left its approval).</exception>
    private async Task EnsureValidAsync(LineRequest request, CancellationToken cancellationToken) =>
        (await _validator.ValidateAsync(request, cancellationToken).ConfigureAwait(false)).ThrowIfInvalid();

    /// <summary>A bulk message's problem: its findings, when there is an error.</summary>
    private async Task<Exception?> InvalidAsync(LineMessage message, CancellationToken cancellationToken)
    {
        if (!_options.ValidateBeforeSending)
        {
            return null;
        }

        try
        {
            var report = await _validator.ValidateAsync(message, cancellationToken).ConfigureAwait(false);
            return report.IsValid ? null : report.ToException();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // A validator is not expected to throw; if one does, this message fails, not the bulk.
            return e;
        }
    }
}
