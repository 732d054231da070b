namespace LineFlex;

/// <summary>What a property of the model holds on the wire.</summary>
public enum FlexValueKind
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON integer.</summary>
    Integer,

    /// <summary>A JSON boolean.</summary>
    Boolean,

    /// <summary>A date-time, written as Infobip's <c>yyyy-MM-dd'T'HH:mm:ss.SSSZ</c>.</summary>
    DateTime,

    /// <summary>An enum, written as one of <see cref="FlexPropertySchema.Keywords"/> (<c>HORIZONTAL</c>).</summary>
    Enum,

    /// <summary>A typed value (<see cref="FlexSpacing"/>, <see cref="FlexColor"/>, ...), written as its <c>Value</c> string.</summary>
    Value,

    /// <summary>A JSON object: another node of the model.</summary>
    Object,

    /// <summary>A JSON array of <see cref="FlexPropertySchema.ItemType"/>.</summary>
    List,
}
