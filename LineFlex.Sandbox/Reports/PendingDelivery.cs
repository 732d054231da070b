namespace LineFlex.Sandbox;

/// <summary>An accepted message waiting for its delivery time.</summary>
internal sealed record PendingDelivery(AcceptedMessage Message, DateTimeOffset DueAt);
