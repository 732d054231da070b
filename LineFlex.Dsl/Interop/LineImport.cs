namespace LineFlex;

/// <summary>
/// A document in LINE's dialect read into Infobip's model: the bubble, the alt text a flex message gave, and every
/// finding at the LINE document's path, line and position: first what Infobip cannot carry (LF8xx), then what the
/// validator found in the result.
/// </summary>
/// <remarks>See docs/interop.md.</remarks>
public sealed class LineImport
{
    private readonly SourceMap _map;

    internal LineImport(
        LineDocumentKind kind,
        FlexBubble bubble,
        string? altText,
        IReadOnlyList<LocatedFinding> differences,
        FlexValidationReport validation,
        SourceMap map)
    {
        Kind = kind;
        Bubble = bubble;
        AltText = altText;
        Differences = differences;
        Validation = validation;
        _map = map;
        Findings = [.. differences, .. map.Locate(validation.Findings)];
    }

    /// <summary>What the document held at its root.</summary>
    public LineDocumentKind Kind { get; }

    /// <summary>The bubble, in Infobip's model.</summary>
    public FlexBubble Bubble { get; }

    /// <summary>The flex message's <c>altText</c>; null when the document was a bare bubble or carousel.</summary>
    public string? AltText { get; }

    /// <summary>What Infobip's LINE notification cannot carry as LINE wrote it, and what was done about each (LF8xx).</summary>
    public IReadOnlyList<LocatedFinding> Differences { get; }

    /// <summary>The validator's report on the result, at Infobip's wire paths (of the content for a flex message, else of the bubble).</summary>
    public FlexValidationReport Validation { get; }

    /// <summary>Every finding at the LINE document's path, line and position: <see cref="Differences"/>, then <see cref="Validation"/>'s.</summary>
    public IReadOnlyList<LocatedFinding> Findings { get; }

    /// <summary>Whether any finding is an error: something left out that a user must decide about, or a broken rule.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>The LINE notification content: the bubble with <paramref name="altText"/>, or the flex message's own alt text.</summary>
    /// <exception cref="InvalidOperationException">No alt text was given and the document had none.</exception>
    public LineNotificationContent ToContent(string? altText = null) => new()
    {
        AltText = altText ?? AltText ?? throw new InvalidOperationException(
            "The document is a bare bubble or carousel, which has no altText. Give one: ToContent(\"Your order has shipped\") (lineflex import --alt-text)."),
        Contents = Bubble,
    };

    /// <summary>The LINE document's path, line and position of an Infobip wire path of the result (<c>body.contents[0]</c>).</summary>
    public LocatedFinding Locate(FlexFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return _map.Locate([finding])[0];
    }
}
