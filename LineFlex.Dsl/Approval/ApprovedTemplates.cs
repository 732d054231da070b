using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// The approved shapes of an app's templates, read from an approvals folder, and the check a team runs before
/// sending: does a message keep to the shape LINE approved? Immutable and safe to share.
/// <code>
/// var approvals = ApprovedTemplates.Load("approvals");
/// var result = approvals.Check(message);
/// if (!result.Conforms) { /* result.Differences, by wire path */ }
/// </code>
/// </summary>
/// <remarks>See docs/approval.md.</remarks>
public sealed class ApprovedTemplates
{
    private readonly Dictionary<(string, string), ApprovedShape> _byVariant;

    /// <summary>The approvals given.</summary>
    /// <exception cref="ArgumentException">Two shapes are of the same template and variant.</exception>
    public ApprovedTemplates(IEnumerable<ApprovedShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        Shapes = [.. shapes];
        _byVariant = [];
        foreach (var shape in Shapes)
        {
            if (!_byVariant.TryAdd((shape.Template, shape.Variant), shape))
            {
                throw new ArgumentException($"There are two approvals of {shape.Template}/{shape.Variant}; keep one.", nameof(shapes));
            }
        }
    }

    /// <summary>Every approved shape, in the order loaded.</summary>
    public IReadOnlyList<ApprovedShape> Shapes { get; }

    /// <summary>The approved shapes in <paramref name="directory"/>: every <c>&lt;template&gt;/&lt;variant&gt;.approved.json</c>, in name order.</summary>
    /// <exception cref="DirectoryNotFoundException">There is no such folder.</exception>
    /// <exception cref="FormatException">A file is not an approved shape, or is larger than <see cref="FlexLimits.MaxDocumentBytes"/>; the message names it.</exception>
    public static ApprovedTemplates Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"There is no approvals folder {Path.GetFullPath(directory)}. Write one with `lineflex approval <assembly> -o {directory}`.");
        }

        List<ApprovedShape> shapes = [];
        foreach (var file in Directory.EnumerateFiles(directory, "*" + ApprovedShape.FileExtension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (new FileInfo(file).Length > FlexLimits.MaxDocumentBytes)
            {
                throw new FormatException($"{file} is larger than {FlexLimits.MaxDocumentBytes} bytes; an approved shape is far smaller. Write it again with `lineflex approval`.");
            }

            shapes.Add(ApprovedShape.Parse(File.ReadAllText(file), file));
        }

        return new ApprovedTemplates(shapes);
    }

    /// <summary>The approval of <paramref name="template"/>'s <paramref name="variant"/>, if there is one.</summary>
    public ApprovedShape? Find(string template, string variant)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(variant);
        return _byVariant.GetValueOrDefault((template, variant));
    }

    /// <summary>
    /// Compares <paramref name="message"/>'s content with its approval: the one of its template and variant when it
    /// was built from a template (<see cref="LineMessage.Origin"/>), else the closest of all. Paths are relative to the message.
    /// </summary>
    public ConformanceResult Check(LineMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ConformingShape(message) is { } approval
            ? new ConformanceResult(approval, [])
            : Check(JObject.Parse(FlexJson.Serialize(message))["content"], message.Origin, string.Empty);
    }

    /// <summary>
    /// The approval <paramref name="message"/> conforms to, found without spelling a difference: its own template and
    /// variant's when it has an origin, else the first conforming one in load order (the one the full comparison
    /// would call closest); null when none does, and the full comparison then tells how it differs.
    /// </summary>
    private ApprovedShape? ConformingShape(LineMessage message)
    {
        var own = message.Origin is { } origin ? Find(origin.Template, origin.Variant) : null;
        if (message.Origin is not null && own is null)
        {
            return null;
        }

        // The tokens the wire writer writes for the message, its JSON without the bytes; a message the writer cannot
        // write is left to the full comparison, whose serializer says where.
        var tokens = WireTokens.Rent();
        try
        {
            if (!tokens.TryWrite(message) || !tokens.TryGetProperty(0, "content", out var content))
            {
                return null;
            }

            if (own is not null)
            {
                return own.Comparison.Conforms(tokens, content) ? own : null;
            }

            foreach (var shape in Shapes)
            {
                if (shape.Comparison.Conforms(tokens, content))
                {
                    return shape;
                }
            }

            return null;
        }
        finally
        {
            WireTokens.Return(tokens);
        }
    }

    /// <summary>
    /// Throws unless every message of <paramref name="messages"/> built from a template (<see cref="LineMessage.Origin"/>)
    /// conforms to its approval; messages not built from a template pass. Run it before sending.
    /// </summary>
    /// <exception cref="FlexApprovalException">A message does not conform; every difference is listed, at <c>messages[i]</c> when there are several.</exception>
    public void EnsureConforms(IReadOnlyList<LineMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        List<ConformanceDifference> differences = [];
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i]?.Origin is null)
            {
                continue;
            }

            var prefix = messages.Count == 1 ? string.Empty : $"messages[{i}].";
            differences.AddRange(Check(messages[i]).Differences.Select(d => d with { Path = prefix + d.Path }));
        }

        if (differences.Count > 0)
        {
            throw new FlexApprovalException(new FlexValidationReport([.. differences.Select(d => new FlexFinding(FindingSeverity.Error, d.Code, d.Path, d.Message, null))]));
        }
    }

    /// <summary>As <see cref="Check(LineMessage)"/>, for the content at <paramref name="path"/> of a JSON document (<c>messages[0]</c>).</summary>
    internal ConformanceResult Check(JToken? content, FlexTemplateOrigin? origin, string path)
    {
        var contentPath = ShapeTree.Child(path, "content");
        if (origin is not null)
        {
            var approval = Find(origin.Template, origin.Variant);
            return approval is null
                ? new ConformanceResult(null, [new(ApprovalCodes.NoApproval, contentPath, $"There is no approval of {origin}. Write it with `lineflex approval`, have LINE approve it, and commit it to the approvals folder.")])
                : new ConformanceResult(approval, approval.Comparison.Differences(content, contentPath));
        }

        if (Shapes.Count == 0)
        {
            return new ConformanceResult(null, [new(ApprovalCodes.NoApproval, contentPath, "No approvals are loaded; load the folder `lineflex approval` wrote.")]);
        }

        return Shapes
            .Select(s => new ConformanceResult(s, s.Comparison.Differences(content, contentPath)))
            .MinBy(r => r.Differences.Count)!;
    }
}
