namespace LineFlex;

// Validation before a send: the client's SendValidator, LineFlex's rules and the validators added with AddLineFlexValidator.
public sealed partial class LineFlexClient
{
    /// <summary>
    /// The request's JSON bytes once <paramref name="request"/> is known to be valid. It is written first, noting each
    /// bubble's bytes as it goes, and then validated with them, so that LF507 does not count every bubble's bytes again.
    /// A request that cannot be written is validated without them: its findings, when it has any, are the error, as
    /// when it is validated first, and only a valid one reports the writer's failure.
    /// </summary>
    /// <exception cref="FlexValidationException">It found an error (<see cref="FlexApprovalException"/> for a message that left its approval).</exception>
    /// <exception cref="LineFlexSerializationException">The request is valid but cannot be written.</exception>
    private async Task<ReadOnlyMemory<byte>> ValidBodyAsync(LineRequest request, CancellationToken cancellationToken)
    {
        var bubbles = new WrittenBubbles(request.Messages?.Count ?? 0);
        ReadOnlyMemory<byte> body;
        try
        {
            body = Serialize(request, bubbles);
        }
        catch (LineFlexSerializationException)
        {
            (await _validator.ValidateAsync(request, bubbles: null, cancellationToken).ConfigureAwait(false)).ThrowIfInvalid();
            throw;
        }

        (await _validator.ValidateAsync(request, bubbles, cancellationToken).ConfigureAwait(false)).ThrowIfInvalid();
        return body;
    }

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
