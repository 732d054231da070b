namespace LineFlex;

/// <summary><c>options.platform</c>: Infobip's entity and application of a message.</summary>
[FlexNode(Noun = "platform options")]
public sealed partial record PlatformOptions
{
    /// <summary><c>entityId</c> (0..255 characters).</summary>
    public string? EntityId { get; init; }

    /// <summary><c>applicationId</c> (0..255 characters).</summary>
    public string? ApplicationId { get; init; }
}
