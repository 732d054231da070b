namespace LineFlex;

/// <summary>
/// LINE's own Flex dialect, as the Flex Message Simulator and LINE's Messaging API write it (<c>"type": "bubble"</c>,
/// lowercase keywords, <c>styles</c>, heroes, carousels): import it into Infobip's model, or export a bubble to paste
/// into the Simulator. The mapping walks <see cref="FlexSchema"/>; only LINE's genuine differences are kept apart.
/// </summary>
/// <remarks>See docs/interop.md.</remarks>
public static class LineDialect
{
    /// <summary>
    /// Reads a LINE bubble, carousel or flex message. What Infobip cannot carry is left out and reported in
    /// <see cref="LineImport.Differences"/> (LF8xx); the result is validated with the full rule set.
    /// </summary>
    /// <param name="json">The document: strict JSON, as <see cref="FlexJson.Deserialize{T}(string)"/> reads it.</param>
    /// <param name="options">What to do with a hero or a carousel; <see cref="LineImportOptions.Default"/> when null.</param>
    /// <exception cref="FlexJsonException">
    /// The JSON is malformed, or is not LINE's dialect (an unknown type, property or keyword, a value of the wrong
    /// JSON type); the message names the LINE path, line and position.
    /// </exception>
    public static LineImport Import(string json, LineImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return LineImporter.Import(json, options ?? LineImportOptions.Default);
    }

    /// <summary>
    /// Writes a node in LINE's dialect: a bubble, a component or an action as itself; a content, a message or a
    /// one-message request as a flex message (<c>{"type": "flex", "altText": ..., "contents": ...}</c>).
    /// </summary>
    /// <param name="node">A record of LineFlex's model.</param>
    /// <param name="indented">Indent with two spaces, as the Simulator shows JSON.</param>
    /// <remarks>
    /// What LINE's flex message has no place for (a postback's <c>altUri</c>, a message's sender, destinations and
    /// options) is left out; <see cref="ExportWithFindings"/> says what was.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// <paramref name="node"/> is not a model node, is a request of several messages, or holds what LINE refuses (postback
    /// <c>data</c> over LINE's 300 characters); the message lists each finding at its path.
    /// </exception>
    public static string Export(object node, bool indented = true)
    {
        var export = ExportWithFindings(node, indented);
        if (export.HasErrors)
        {
            throw new ArgumentException(
                "LINE would refuse the node as written: "
                + string.Join(" ", export.Findings.Where(f => f.Severity == FindingSeverity.Error))
                + " Fix it, or call LineDialect.ExportWithFindings to have the JSON with its findings.",
                nameof(node));
        }

        return export.Json;
    }

    /// <summary>
    /// Writes a node in LINE's dialect as <see cref="Export"/> does, and says what it noted on the way: what LINE would
    /// refuse (an error, LF807) and what was left out because LINE's flex message has no place for it (a warning, LF808,
    /// LF809), each at its wire path in <paramref name="node"/>.
    /// </summary>
    /// <param name="node">A record of LineFlex's model.</param>
    /// <param name="indented">Indent with two spaces, as the Simulator shows JSON.</param>
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a model node, or is a request of several messages.</exception>
    public static LineExport ExportWithFindings(object node, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(node);
        return LineExporter.Export(node, indented);
    }
}
