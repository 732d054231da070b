namespace LineFlex;

/// <summary>The CPaaS X entity and application a reported message was sent for (schema <c>Platform</c>).</summary>
public sealed record DeliveryPlatform
{
    /// <summary>The entity id given in the send (<c>entityId</c>).</summary>
    public string? EntityId { get; init; }

    /// <summary>The application id given in the send (<c>applicationId</c>).</summary>
    public string? ApplicationId { get; init; }
}
