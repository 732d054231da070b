using System.Xml.Linq;

namespace LineFlex.Sandbox;

/// <summary>Renders the sandbox's XML bodies: a UTF-8 declaration, then the element without indentation.</summary>
internal static class WireXml
{
    /// <summary>The XML text of <paramref name="root"/>, declaration first.</summary>
    public static string Render(XElement root) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + root.ToString(SaveOptions.DisableFormatting);
}
