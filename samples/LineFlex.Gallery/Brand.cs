namespace LineFlex.Gallery;

/// <summary>
/// The fragments every gallery template shares: a coloured header with the shop's name and the notice's
/// title, label-and-value rows, a footer button, and the brand's bubble style. A template adds to them.
/// </summary>
public static class Brand
{
    /// <summary>The brand colour: LINE green.</summary>
    public const string Green = "#06C755";

    /// <summary>The colour of labels and fine print.</summary>
    public const string Grey = "#8C8C8C";

    /// <summary>The shop's name, shown above every title.</summary>
    public const string Name = "LINEFLEX";

    /// <summary>Picks the fixed text of <paramref name="language"/>.</summary>
    public static string Say(Language language, string thai, string japanese, string english) => language switch
    {
        Language.Thai => thai,
        Language.Japanese => japanese,
        _ => english,
    };

    /// <summary>The header: the shop's name and <paramref name="title"/>, white on green.</summary>
    public static Action<BubbleBuilder> Header(string title) =>
        bubble => bubble
            .Header(h => h
                .Text(Name, t => t.Size("xs").Color("#FFFFFF").Weight(FontWeight.Bold))
                .Text(title, t => t.Size("lg").Color("#FFFFFF").Weight(FontWeight.Bold).Wrap()))
            .Style(Style);

    /// <summary>The brand's style: a green header. Templates layer their own additions over it.</summary>
    public static void Style(BubbleStyleBuilder style) => style.Header(backgroundColor: Green);

    /// <summary>A row with a grey <paramref name="label"/> on the left and <paramref name="value"/> on the right.</summary>
    public static Action<BoxBuilder> Row(string label, string value, bool bold = false) =>
        box => box.Horizontal(row => row
            .Text(label, t => t.Size("sm").Color(Grey).Flex(0))
            .Text(value, t => t.Size("sm").Align(FlexAlign.End).Wrap().When(bold, x => x.Weight(FontWeight.Bold))));

    /// <summary>A footer holding one primary button that opens <paramref name="uri"/>.</summary>
    public static Action<BubbleBuilder> Button(string label, string uri) =>
        bubble => bubble.Footer(f => f.Button(Flex.Uri(FlexTextLimits.ForLabel(label), uri), b => b.Style(ButtonStyle.Primary).Color(Green)));
}
