namespace LineFlex.Benchmarks.Baselines;

// Plain classes with the request's shape: what deserializing without LineFlex looks like.
#pragma warning disable CA1002, CA2227 // Plain data classes, as a team would write them for JsonConvert.

/// <summary>A request as a plain class.</summary>
public sealed class PlainRequest
{
    public List<PlainMessage>? Messages { get; set; }
}

/// <summary>A message as a plain class.</summary>
public sealed class PlainMessage
{
    public string? Sender { get; set; }

    public List<PlainDestination>? Destinations { get; set; }

    public PlainContent? Content { get; set; }
}

/// <summary>A destination as a plain class.</summary>
public sealed class PlainDestination
{
    public string? To { get; set; }

    public string? MessageId { get; set; }
}

/// <summary>The content as a plain class.</summary>
public sealed class PlainContent
{
    public string? Type { get; set; }

    public string? AltText { get; set; }

    public PlainBubble? Contents { get; set; }
}

/// <summary>A bubble as a plain class.</summary>
public sealed class PlainBubble
{
    public string? Type { get; set; }

    public PlainComponent? Header { get; set; }

    public PlainComponent? Body { get; set; }

    public PlainComponent? Footer { get; set; }

    public PlainStyles? Style { get; set; }
}

/// <summary>Every component as one plain class with the union of their properties.</summary>
public sealed class PlainComponent
{
    public string? Type { get; set; }

    public string? Layout { get; set; }

    public string? Text { get; set; }

    public string? Url { get; set; }

    public List<PlainComponent>? Contents { get; set; }

    public int? Flex { get; set; }

    public string? Margin { get; set; }

    public string? Size { get; set; }

    public string? Align { get; set; }

    public string? Gravity { get; set; }

    public bool? Wrap { get; set; }

    public string? Color { get; set; }

    public string? Weight { get; set; }

    public string? Style { get; set; }

    public string? Decoration { get; set; }

    public string? Position { get; set; }

    public string? BorderWidth { get; set; }

    public string? PaddingAll { get; set; }

    public string? PaddingTop { get; set; }

    public string? PaddingBottom { get; set; }

    public string? PaddingStart { get; set; }

    public string? PaddingEnd { get; set; }

    public string? OffsetTop { get; set; }

    public string? OffsetBottom { get; set; }

    public PlainAction? Action { get; set; }
}

/// <summary>An action as a plain class.</summary>
public sealed class PlainAction
{
    public string? Type { get; set; }

    public string? Label { get; set; }

    public string? Uri { get; set; }
}

/// <summary>The bubble's styles as a plain class.</summary>
public sealed class PlainStyles
{
    public PlainBlockStyle? Header { get; set; }

    public PlainBlockStyle? Body { get; set; }

    public PlainBlockStyle? Footer { get; set; }
}

/// <summary>A block style as a plain class.</summary>
public sealed class PlainBlockStyle
{
    public string? BackgroundColor { get; set; }
}
