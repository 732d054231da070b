namespace LineFlex;

/// <summary>Per-call choices for <see cref="LineFlexClient.SendAsync(LineRequest, SendOptions?, CancellationToken)"/>.</summary>
public sealed record SendOptions
{
    /// <summary>Validate before sending; null follows <see cref="LineFlexOptions.ValidateBeforeSending"/>.</summary>
    public bool? Validate { get; init; }

    /// <summary>Sends without validating, for a request you validated already.</summary>
    public static SendOptions WithoutValidation { get; } = new() { Validate = false };
}
