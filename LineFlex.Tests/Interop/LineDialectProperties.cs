using CsCheck;
using LineFlex.Tests.Properties;

namespace LineFlex.Tests.Interop;

/// <summary>
/// Export to LINE's dialect then import gives back an equal tree, for random trees of everything Infobip's dialect holds,
/// but for what LINE writes otherwise: a box without contents comes back with empty contents, and a postback's altUri
/// (which LINE lacks) is left out.
/// </summary>
[TestFixture]
public sealed class LineDialectProperties
{
    private const string Seed = "0N0XIzNsQ0O2";

    [Test]
    public void A_random_bubble_exported_to_LINE_s_dialect_imports_as_an_equal_tree() =>
        ModelGens.Bubbles(ModelGenOptions.WellTyped).Sample(
            bubble =>
            {
                var imported = LineDialect.Import(LineDialect.Export(bubble));
                RoundTripProperties.Holds(imported.Bubble.Equals(AsLineHoldsIt(bubble)), "The imported bubble differs from the exported one.");
                RoundTripProperties.Holds(imported.Differences.Count == 0, "Export wrote something import reports: " + string.Join("; ", imported.Differences));
            },
            seed: Seed,
            iter: 300,
            threads: 1,
            print: b => LineDialect.Export(b));

    [Test]
    public void A_random_content_exported_as_a_flex_message_imports_with_its_alt_text() =>
        new ModelGen<LineNotificationContent>(ModelGenOptions.WellTyped with { PropertyChance = 1 }).Sample(
            content =>
            {
                var imported = LineDialect.Import(LineDialect.Export(content, indented: false));
                RoundTripProperties.Holds(imported.Kind == LineDocumentKind.FlexMessage, "A content is exported as a flex message.");
                RoundTripProperties.Holds(imported.ToContent().Equals(AsLineHoldsIt(content)), "The imported content differs from the exported one.");
            },
            seed: Seed,
            iter: 100,
            threads: 1,
            print: c => LineDialect.Export(c));

    /// <summary>The node as LINE's dialect holds it: every box with contents, no postback with an altUri.</summary>
    private static T AsLineHoldsIt<T>(T node)
        where T : class
    {
        var wire = Newtonsoft.Json.Linq.JObject.Parse(FlexJson.Serialize(node));
        foreach (var item in wire.DescendantsAndSelf().OfType<Newtonsoft.Json.Linq.JObject>().ToList())
        {
            switch (item["type"]?.ToString())
            {
                case "BOX" when item["contents"] is null:
                    item["contents"] = new Newtonsoft.Json.Linq.JArray();
                    break;
                case "POSTBACK":
                    item.Remove("altUri");
                    break;
            }
        }

        return FlexJson.Deserialize<T>(wire.ToString());
    }
}
