namespace LineFlex;

/// <summary>What a document in LINE's dialect holds at its root.</summary>
public enum LineDocumentKind
{
    /// <summary>A bubble (<c>"type": "bubble"</c>), as the Flex Message Simulator shows it.</summary>
    Bubble,

    /// <summary>A carousel of bubbles (<c>"type": "carousel"</c>).</summary>
    Carousel,

    /// <summary>A whole flex message (<c>"type": "flex"</c>) with its <c>altText</c>.</summary>
    FlexMessage,
}
