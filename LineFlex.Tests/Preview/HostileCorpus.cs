namespace LineFlex.Tests.Preview;

/// <summary>
/// Hostile input for the preview: markup and script in every text, dangerous and malformed URLs in every URL, and
/// CSS injection in every typed value, each in a message of its own. The HTML tests and the browser tests render the
/// same corpus.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>Text that would run script, break out of an attribute or restyle the page if written unescaped.</summary>
    public static readonly string[] Texts =
    [
        "<script>alert(1)</script>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "</p></div></section><script>alert(1)</script>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<style>body{display:none}</style>",
        "<!-- unclosed comment",
        "]]><script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">tap</a>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
        "<base href=\"https://evil.example/\">",
        "<form action=\"https://evil.example/\"><button>go</button></form>",
        "\0<script>alert(1)</script>",
        "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E",
        "\u202Egnp.exe <b>bold</b>",
        "\uD800<script>alert(1)</script>\uDC00",
        "<scr<script>ipt>alert(1)</script>",
        "<img src=`x` onerror=`alert(1)`>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)' x='",
    ];

    /// <summary>URLs that must never become a link or an image source.</summary>
    public static readonly string[] Urls =
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "javascript&colon;alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "https://example.com/\"onmouseover=\"alert(1)",
        "https://example.com/'><script>alert(1)</script>",
        "//evil.example/x.png",
        "http://evil.example/x.png",
        "file:///etc/passwd",
        "line://nv/chat",
        "tel:+66855538125",
        "https://exa mple.com/",
        "\u200Bjavascript:alert(1)",
        "https://example.com/<script>",
        "about:blank",
        "https://user:secret@evil.example/track.png",
        "https://example.com@evil.example/track.png",
    ];

    /// <summary>Typed values that would inject CSS (or break out of the style attribute) if written unchecked.</summary>
    public static readonly string[] Styles =
    [
        "red;background:url(https://evil.example/x.png)",
        "#fff;}</style><script>alert(1)</script>",
        "expression(alert(1))",
        "\"><script>alert(1)</script>",
        "100px;background-image:url(https://evil.example/y.png)",
        "1px;position:fixed;inset:0",
        "16px\"><script>alert(1)</script>",
        "calc(100% - 1px)",
        "1px solid red;behavior:url(x.htc)",
        "url(https://evil.example/z.png)",
        "</style><script>alert(1)</script>",
    ];

    /// <summary>Every case: a name for the test and a message that carries the hostile input everywhere it can go.</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        for (var i = 0; i < Texts.Length; i++)
        {
            yield return new TestCaseData(WithText(Texts[i])).SetArgDisplayNames($"text {i + 1:00}");
        }

        for (var i = 0; i < Urls.Length; i++)
        {
            yield return new TestCaseData(WithUrl(Urls[i])).SetArgDisplayNames($"url {i + 1:00}");
        }

        for (var i = 0; i < Styles.Length; i++)
        {
            yield return new TestCaseData(WithStyle(Styles[i])).SetArgDisplayNames($"style {i + 1:00}");
        }
    }

    /// <summary>Every case in one request, for one page in the browser.</summary>
    public static LineRequest AllInOneRequest() => new()
    {
        Messages = ValueList.From(Cases().Select(c => (LineMessage)c.Arguments[0]!)),
    };

    public static LineMessage WithText(string text) => Message(
        sender: text,
        altText: text,
        body: Box(
            BoxLayout.Vertical,
            new FlexText { Text = text, Wrap = true },
            new FlexText { Contents = ValueList.Create<FlexSpan>([new FlexSpan { Text = text }]) },
            new FlexButton { Action = new PostbackAction { Label = text, Data = text }, Style = ButtonStyle.Primary },
            new FlexButton { Action = new UriAction { Label = text, Uri = "https://example.com/ok" } }));

    public static LineMessage WithUrl(string url) => Message(
        sender: "SENDER",
        altText: "A URL",
        body: Box(
            BoxLayout.Vertical,
            new FlexImage { Url = url },
            new FlexBox
            {
                Layout = BoxLayout.Baseline,
                Contents = ValueList.Create<FlexComponent>([new FlexIcon { Url = url }, new FlexText { Text = "icon" }]),
                Action = new UriAction { Label = "box", Uri = url },
            },
            new FlexButton { Action = new UriAction { Label = "Open", Uri = url, AltUri = new AltUri { Desktop = url } } }),
        bubbleAction: new UriAction { Label = "bubble", Uri = url });

    public static LineMessage WithStyle(string value) => Message(
        sender: "SENDER",
        altText: "A style",
        body: new FlexBox
        {
            Layout = BoxLayout.Horizontal,
            BackgroundColor = FlexColor.Raw(value),
            BorderColor = FlexColor.Raw(value),
            BorderWidth = FlexBorderWidth.Raw(value),
            CornerRadius = FlexSpacing.Raw(value),
            Width = FlexLength.Raw(value),
            Height = FlexLength.Raw(value),
            Spacing = FlexSpacing.Raw(value),
            PaddingAll = FlexInset.Raw(value),
            PaddingStart = FlexInset.Raw(value),
            Contents = ValueList.Create<FlexComponent>(
            [
                new FlexText { Text = "styled", Color = FlexColor.Raw(value), Size = FlexSize.Raw(value), Margin = FlexSpacing.Raw(value), OffsetTop = FlexOffset.Raw(value) },
                new FlexImage { Url = "https://example.com/a.png", Size = FlexImageSize.Raw(value), AspectRatio = FlexAspectRatio.Raw(value), BackgroundColor = FlexColor.Raw(value) },
                new FlexSeparator { Color = FlexColor.Raw(value), Margin = FlexSpacing.Raw(value) },
                new FlexButton { Action = new PostbackAction { Label = "b", Data = "d" }, Color = FlexColor.Raw(value) },
            ]),
        },
        blockColor: value);

    private static FlexBox Box(BoxLayout layout, params FlexComponent[] children) =>
        new() { Layout = layout, Contents = ValueList.Create<FlexComponent>(children) };

    private static LineMessage Message(string sender, string altText, FlexBox body, FlexAction? bubbleAction = null, string? blockColor = null) => new()
    {
        Sender = sender,
        Destinations = ValueList.Create<LineDestination>([new LineDestination { To = "66855538125", MessageId = sender }]),
        Content = new LineNotificationContent
        {
            AltText = altText,
            Contents = new FlexBubble
            {
                Body = body,
                Action = bubbleAction,
                Style = blockColor is null ? null : new BubbleStyles { Body = new BlockStyle { BackgroundColor = FlexColor.Raw(blockColor), Separator = true, SeparatorColor = FlexColor.Raw(blockColor) } },
            },
        },
    };
}
