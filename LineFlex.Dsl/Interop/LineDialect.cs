using Newtonsoft.Json;

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
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a model node, or is a request of several messages.</exception>
    public static string Export(object node, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(node);
        return LineExporter.Export(node).ToString(indented ? Formatting.Indented : Formatting.None);
    }
}
