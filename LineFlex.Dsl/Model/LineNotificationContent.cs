namespace LineFlex;

/// <summary>The <c>content</c> of a message, of type <c>LINE_NOTIFICATION</c> (the only type).</summary>
public sealed record LineNotificationContent
{
    /// <summary>The wire <c>type</c> of this content: always <c>LINE_NOTIFICATION</c>.</summary>
    public const string WireType = "LINE_NOTIFICATION";

    /// <summary><c>altText</c> (required, 0..400 characters): shown where the bubble cannot be.</summary>
    public string? AltText { get; init; }

    /// <summary><c>contents</c> (required): the bubble.</summary>
    public FlexBubble? Contents { get; init; }
}
