using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Building;

/// <summary>
/// LINE's fixed header and footer as blocks a template starts from: the JSON of Infobip's "Send a LINE message" example
/// (its request sample's header and footer, as the page prints them), with their backgrounds as bubble styles.
/// </summary>
public class LonBlocksTests
{
    // The page's header, less its first item, which the page shows collapsed ({}): LINE draws its own logo there.
    private const string SeedHeader = """
        {
          "layout": "HORIZONTAL", "paddingAll": "none", "paddingTop": "md", "paddingBottom": "md", "paddingStart": "lg", "paddingEnd": "lg", "offsetTop": "none",
          "contents": [
            { "contents": [ { "text": "OFFICIAL NOTIFICATION", "type": "SPAN" } ],
              "flex": 20, "size": "14px", "align": "CENTER", "gravity": "CENTER", "wrap": true, "color": "#ffffff", "weight": "REGULAR", "position": "RELATIVE", "type": "TEXT" },
            { "text": "powered by", "contents": [ { "text": "powered by", "size": "10px", "weight": "REGULAR", "style": "ITALIC", "type": "SPAN" } ],
              "flex": 7, "align": "END", "gravity": "CENTER", "wrap": true, "color": "#ffffff", "offsetTop": "0.3px", "type": "TEXT" },
            { "text": "powered by", "contents": [ { "text": "LINE", "size": "12px", "weight": "BOLD", "type": "SPAN" } ],
              "flex": 4, "align": "CENTER", "gravity": "CENTER", "wrap": true, "color": "#ffffff", "type": "TEXT" }
          ],
          "type": "BOX"
        }
        """;

    // The page's footer, less its action, which the page shows collapsed ({}).
    private const string SeedFooter = """
        {
          "layout": "HORIZONTAL", "borderWidth": "none", "margin": "none", "paddingTop": "sm", "paddingBottom": "md",
          "contents": [
            { "contents": [
                { "text": "Learn more about LINE Official Notification ", "color": "#BDBDBD", "type": "SPAN" },
                { "text": "here", "color": "#00b4ff", "decoration": "UNDERLINE", "type": "SPAN" },
                { "text": ".", "color": "#BDBDBD", "type": "SPAN" } ],
              "size": "10px", "align": "CENTER", "wrap": true, "type": "TEXT" }
          ],
          "type": "BOX"
        }
        """;

    [Test]
    public void The_header_is_the_seed_pages_header()
    {
        var written = JToken.Parse(FlexJson.Serialize(LonBlocks.Header));

        Assert.That(JToken.DeepEquals(written, JToken.Parse(SeedHeader)), Is.True, written.ToString());
    }

    [Test]
    public void The_footer_is_the_seed_pages_footer()
    {
        var written = JToken.Parse(FlexJson.Serialize(LonBlocks.Footer));

        Assert.That(JToken.DeepEquals(written, JToken.Parse(SeedFooter)), Is.True, written.ToString());
    }

    [Test]
    public void LineHeader_and_LineFooter_fill_the_blocks_and_their_backgrounds()
    {
        FlexBubble bubble = Flex.Bubble().LineHeader().Body(b => b.Text("Purchase complete")).LineFooter();

        Assert.Multiple(() =>
        {
            Assert.That(bubble.Header, Is.EqualTo(LonBlocks.Header));
            Assert.That(bubble.Footer, Is.EqualTo(LonBlocks.Footer));
            Assert.That(JToken.DeepEquals(JToken.Parse(FlexJson.Serialize(bubble.Style!)), JToken.Parse("""{ "header": { "backgroundColor": "#06C755" }, "footer": { "backgroundColor": "#EEEEEE" } }""")), Is.True);
        });
    }

    [Test]
    public void LineHeader_after_a_header_throws_a_teaching_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Flex.Bubble().Header(h => h.Text("ACME")).LineHeader());

        Assert.That(error!.Message, Does.Contain("Bubble.Header"));
    }
}
