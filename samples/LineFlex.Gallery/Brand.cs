namespace LineFlex.Gallery;

/// <summary>
/// The fragments every gallery template shares, in LINE Official Notification's shape: LINE's fixed header and
/// footer, the title first in the body, label-and-value rows, and a button at the bottom of the body that opens a web
/// page. A template adds to them.
/// </summary>
public static class Brand
{
    /// <summary>The colour of primary buttons and highlights: LINE green.</summary>
    public const string Green = "#06C755";

    /// <summary>The colour of labels and fine print.</summary>
    public const string Grey = "#8C8C8C";

    /// <summary>Picks the fixed text of <paramref name="language"/>.</summary>
    public static string Say(Language language, string thai, string japanese, string english) => language switch
    {
        Language.Thai => thai,
        Language.Japanese => japanese,
        _ => english,
    };

    /// <summary>LINE's fixed header and footer, which LINE draws in every notification (<c>LineHeader()</c>, <c>LineFooter()</c>).</summary>
    public static void Notification(BubbleBuilder bubble) => bubble.LineHeader().LineFooter();

    /// <summary>The title, first in the body: the kind of notice, fixed at approval.</summary>
    public static Action<BoxBuilder> Title(string title) =>
        box => box.Text(title, t => t.Size("lg").Weight(FontWeight.Bold).Wrap());

    /// <summary>A row with a grey <paramref name="label"/> on the left and <paramref name="value"/> on the right.</summary>
    public static Action<BoxBuilder> Row(string label, string value, bool bold = false) =>
        box => box.Horizontal(row => row
            .Text(label, t => t.Size("sm").Color(Grey).Flex(0))
            .Text(value, t => t.Size("sm").Align(FlexAlign.End).Wrap().When(bold, x => x.Weight(FontWeight.Bold))));

    /// <summary>A primary button at the bottom of the body that opens <paramref name="uri"/>, the only action a notification's button has.</summary>
    public static Action<BoxBuilder> Button(string label, string uri) =>
        box => box.Button(Flex.Uri(FlexTextLimits.ForLabel(label), uri), b => b.Style(ButtonStyle.Primary).Color(Green).Margin("lg"));
}
