namespace LineFlex;

/// <summary>
/// Every rule the validator checks, with its stable code. docs/validation.md lists the same rules,
/// and a test keeps the two in step.
/// </summary>
public static class FlexRules
{
    /// <summary>LF101: A request has at least one message (messages).</summary>
    public static FlexRule MessagesRequired { get; } = new("LF101", "A request has at least one message (`messages`).", FlexBounds.AtLeast(1), FindingSeverity.Error, "api: request tree");

    /// <summary>LF102: A message has a sender.</summary>
    public static FlexRule SenderRequired { get; } = new("LF102", "A message has a `sender`.", "required, not empty", FindingSeverity.Error, "api: request tree");

    /// <summary>LF103: A message has at least one destination (destinations).</summary>
    public static FlexRule DestinationsRequired { get; } = new("LF103", "A message has at least one destination (`destinations`).", FlexBounds.AtLeast(1), FindingSeverity.Error, "api: request tree");

    /// <summary>LF104: A destination has a to phone number.</summary>
    public static FlexRule ToRequired { get; } = new("LF104", "A destination has a `to` phone number.", "required, not empty", FindingSeverity.Error, "api: request tree");

    /// <summary>LF105: A message has a content.</summary>
    public static FlexRule ContentRequired { get; } = new("LF105", "A message has a `content`.", "required", FindingSeverity.Error, "api: request tree");

    /// <summary>LF106: The content has an altText.</summary>
    public static FlexRule AltTextRequired { get; } = new("LF106", "The content has an `altText`.", "required", FindingSeverity.Error, "api: request tree");

    /// <summary>LF107: The content has a bubble (contents).</summary>
    public static FlexRule BubbleRequired { get; } = new("LF107", "The content has a bubble (`contents`).", "required", FindingSeverity.Error, "api: request tree");

    /// <summary>LF108: A BOX has a layout.</summary>
    public static FlexRule LayoutRequired { get; } = new("LF108", "A BOX has a `layout`.", "required", FindingSeverity.Error, "api: components");

    /// <summary>LF109: An IMAGE has a url.</summary>
    public static FlexRule ImageUrlRequired { get; } = new("LF109", "An IMAGE has a `url`.", "required", FindingSeverity.Error, "api: components");

    /// <summary>LF110: An ICON has a url.</summary>
    public static FlexRule IconUrlRequired { get; } = new("LF110", "An ICON has a `url`.", "required", FindingSeverity.Error, "api: components");

    /// <summary>LF111: A BUTTON has an action.</summary>
    public static FlexRule ButtonActionRequired { get; } = new("LF111", "A BUTTON has an `action`.", "required", FindingSeverity.Error, "api: components");

    /// <summary>LF112: A SPAN has a text.</summary>
    public static FlexRule SpanTextRequired { get; } = new("LF112", "A SPAN has a `text`.", "required", FindingSeverity.Error, "api: components");

    /// <summary>LF113: An action has a label.</summary>
    public static FlexRule LabelRequired { get; } = new("LF113", "An action has a `label`.", "required", FindingSeverity.Error, "api: actions");

    /// <summary>LF114: A URI action has a uri.</summary>
    public static FlexRule UriRequired { get; } = new("LF114", "A URI action has a `uri`.", "required", FindingSeverity.Error, "api: actions");

    /// <summary>LF115: A POSTBACK action has data.</summary>
    public static FlexRule DataRequired { get; } = new("LF115", "A POSTBACK action has `data`.", "required", FindingSeverity.Error, "api: actions");

    /// <summary>LF116: A validityPeriod has an amount.</summary>
    public static FlexRule ValidityAmountRequired { get; } = new("LF116", "A `validityPeriod` has an `amount`.", "required", FindingSeverity.Error, "api: request tree");

    /// <summary>LF117: A sendingSpeedLimit has an amount.</summary>
    public static FlexRule SpeedLimitAmountRequired { get; } = new("LF117", "A `sendingSpeedLimit` has an `amount`.", "required", FindingSeverity.Error, "api: request tree");

    /// <summary>LF118: A deliveryTimeWindow names at least one day (days).</summary>
    public static FlexRule DaysRequired { get; } = new("LF118", "A `deliveryTimeWindow` names at least one day (`days`).", FlexBounds.AtLeast(1), FindingSeverity.Error, "api: request tree");

    /// <summary>LF119: A delivery time (from, to) has an hour.</summary>
    public static FlexRule HourRequired { get; } = new("LF119", "A delivery time (`from`, `to`) has an `hour`.", "required", FindingSeverity.Error, "api: request tree");

    /// <summary>LF120: A delivery time (from, to) has a minute.</summary>
    public static FlexRule MinuteRequired { get; } = new("LF120", "A delivery time (`from`, `to`) has a `minute`.", "required", FindingSeverity.Error, "api: request tree");

    /// <summary>LF121: An smsFailover has a text.</summary>
    public static FlexRule SmsTextRequired { get; } = new("LF121", "An `smsFailover` has a `text`.", "required", FindingSeverity.Error, "api: request tree");

    /// <summary>LF122: indiaDlt has a principalEntityId.</summary>
    public static FlexRule PrincipalEntityIdRequired { get; } = new("LF122", "`indiaDlt` has a `principalEntityId`.", "required", FindingSeverity.Error, "api: request tree");

    /// <summary>LF123: turkeyIys has a recipientType.</summary>
    public static FlexRule RecipientTypeRequired { get; } = new("LF123", "`turkeyIys` has a `recipientType`.", "required", FindingSeverity.Error, "api: request tree");

    /// <summary>LF124: A TEXT has a text or SPANs in contents.</summary>
    public static FlexRule TextOrContentsRequired { get; } = new("LF124", "A TEXT has a `text` or SPANs in `contents`.", "one of the two", FindingSeverity.Error, "rules: which child may stand where");

    /// <summary>LF125: No list holds a null item (a message, destination, component, span or day).</summary>
    public static FlexRule ItemRequired { get; } = new("LF125", "No list holds a null item (a message, destination, component, span or day).", "no nulls", FindingSeverity.Error, "api: request tree");

    /// <summary>LF126: A TEXT's or SPAN's text is not empty or white space only (a missing value, most likely).</summary>
    public static FlexRule TextBlank { get; } = new("LF126", "A TEXT's or SPAN's `text` is not empty or white space only (a missing value, most likely).", "not blank", FindingSeverity.Warning, "lineflex: templates");

    /// <summary>LF127: altText is not empty or white space only (the push notification would be blank).</summary>
    public static FlexRule AltTextBlank { get; } = new("LF127", "`altText` is not empty or white space only (the push notification would be blank).", "not blank", FindingSeverity.Warning, "lineflex: templates");

    /// <summary>LF201: altText length, in UTF-16 code units.</summary>
    public static FlexRule AltTextLength { get; } = new("LF201", "`altText` length, in UTF-16 code units.", FlexBounds.Between(0, FlexTextLimits.AltText), FindingSeverity.Error, "api: request tree");

    /// <summary>LF202: messageId length.</summary>
    public static FlexRule MessageIdLength { get; } = new("LF202", "`messageId` length.", FlexBounds.Between(0, 200), FindingSeverity.Error, "api: request tree");

    /// <summary>LF203: bulkId length.</summary>
    public static FlexRule BulkIdLength { get; } = new("LF203", "`bulkId` length.", FlexBounds.Between(0, 100), FindingSeverity.Error, "api: request tree");

    /// <summary>LF204: campaignReferenceId length.</summary>
    public static FlexRule CampaignReferenceIdLength { get; } = new("LF204", "`campaignReferenceId` length.", FlexBounds.Between(0, 255), FindingSeverity.Error, "api: request tree");

    /// <summary>LF205: platform.entityId length.</summary>
    public static FlexRule EntityIdLength { get; } = new("LF205", "`platform.entityId` length.", FlexBounds.Between(0, 255), FindingSeverity.Error, "api: request tree");

    /// <summary>LF206: platform.applicationId length.</summary>
    public static FlexRule ApplicationIdLength { get; } = new("LF206", "`platform.applicationId` length.", FlexBounds.Between(0, 255), FindingSeverity.Error, "api: request tree");

    /// <summary>LF207: webhooks.callbackData length.</summary>
    public static FlexRule CallbackDataLength { get; } = new("LF207", "`webhooks.callbackData` length.", FlexBounds.Between(0, 4000), FindingSeverity.Error, "api: request tree");

    /// <summary>LF208: An action's label length (UTF-16 code units, the strictest reading of Infobip's and LINE's counting).</summary>
    public static FlexRule LabelLength { get; } = new("LF208", "An action's `label` length (UTF-16 code units, the strictest reading of Infobip's and LINE's counting).", FlexBounds.Between(0, FlexTextLimits.Label), FindingSeverity.Error, "api: actions; rules: limits");

    /// <summary>LF209: A URI action's uri length.</summary>
    public static FlexRule UriLength { get; } = new("LF209", "A URI action's `uri` length.", FlexBounds.Between(0, 1000), FindingSeverity.Error, "api: actions");

    /// <summary>LF210: A POSTBACK action's data length.</summary>
    public static FlexRule DataLength { get; } = new("LF210", "A POSTBACK action's `data` length.", FlexBounds.Between(0, 1000), FindingSeverity.Error, "api: actions");

    /// <summary>LF211: altUri.desktop length.</summary>
    public static FlexRule DesktopUriLength { get; } = new("LF211", "`altUri.desktop` length.", FlexBounds.Between(0, 1000), FindingSeverity.Error, "api: actions");

    /// <summary>LF212: southKorea.title length.</summary>
    public static FlexRule SouthKoreaTitleLength { get; } = new("LF212", "`southKorea.title` length.", FlexBounds.Between(0, 66), FindingSeverity.Error, "api: request tree");

    /// <summary>LF213: An IMAGE's url length.</summary>
    public static FlexRule ImageUrlLength { get; } = new("LF213", "An IMAGE's `url` length.", FlexBounds.Between(0, 2000), FindingSeverity.Error, "rules: limits");

    /// <summary>LF214: An ICON's url length.</summary>
    public static FlexRule IconUrlLength { get; } = new("LF214", "An ICON's `url` length.", FlexBounds.Between(0, 2000), FindingSeverity.Error, "rules: limits");

    /// <summary>LF301: flex of a BOX, TEXT, IMAGE or BUTTON.</summary>
    public static FlexRule FlexRange { get; } = new("LF301", "`flex` of a BOX, TEXT, IMAGE or BUTTON.", FlexBounds.Between(0, 20), FindingSeverity.Error, "api: components");

    /// <summary>LF302: A TEXT's maxLines.</summary>
    public static FlexRule MaxLinesRange { get; } = new("LF302", "A TEXT's `maxLines`.", FlexBounds.AtLeast(0), FindingSeverity.Error, "api: components");

    /// <summary>LF303: A delivery time's hour.</summary>
    public static FlexRule HourRange { get; } = new("LF303", "A delivery time's `hour`.", FlexBounds.Between(0, 23), FindingSeverity.Error, "api: request tree");

    /// <summary>LF304: A delivery time's minute.</summary>
    public static FlexRule MinuteRange { get; } = new("LF304", "A delivery time's `minute`.", FlexBounds.Between(0, 59), FindingSeverity.Error, "api: request tree");

    /// <summary>LF305: A validityPeriod's amount.</summary>
    public static FlexRule ValidityAmountRange { get; } = new("LF305", "A `validityPeriod`'s `amount`.", FlexBounds.AtLeast(1), FindingSeverity.Error, "api: request tree");

    /// <summary>LF306: A sendingSpeedLimit's amount.</summary>
    public static FlexRule SpeedLimitAmountRange { get; } = new("LF306", "A `sendingSpeedLimit`'s `amount`.", FlexBounds.AtLeast(1), FindingSeverity.Error, "api: request tree");

    /// <summary>LF307: southKorea.resellerCode is a nine-digit registration number.</summary>
    public static FlexRule ResellerCodeDigits { get; } = new("LF307", "`southKorea.resellerCode` is a nine-digit registration number.", FlexBounds.Between(100_000_000, 999_999_999), FindingSeverity.Error, "api: request tree");

    /// <summary>LF401: margin, box spacing and cornerRadius.</summary>
    public static FlexRule SpacingGrammar { get; } = new("LF401", "`margin`, box `spacing` and `cornerRadius`.", "none xs sm md lg xl xxl, or Npx", FindingSeverity.Error, "rules: units and keywords");

    /// <summary>LF402: Paddings (paddingAll/Top/Bottom/Start/End) and offsets (offsetTop/Bottom/Start/End).</summary>
    public static FlexRule InsetGrammar { get; } = new("LF402", "Paddings (`paddingAll/Top/Bottom/Start/End`) and offsets (`offsetTop/Bottom/Start/End`).", "none xs sm md lg xl xxl, Npx or N%; an offset also -Npx or -N%", FindingSeverity.Error, "rules: units and keywords");

    /// <summary>LF403: size of a TEXT, SPAN or ICON.</summary>
    public static FlexRule TextSizeGrammar { get; } = new("LF403", "`size` of a TEXT, SPAN or ICON.", "xxs xs sm md lg xl xxl 3xl 4xl 5xl, or Npx", FindingSeverity.Error, "rules: units and keywords");

    /// <summary>LF404: size of an IMAGE.</summary>
    public static FlexRule ImageSizeGrammar { get; } = new("LF404", "`size` of an IMAGE.", "xxs .. 5xl, full, Npx or N%", FindingSeverity.Error, "rules: units and keywords");

    /// <summary>LF405: A box's borderWidth.</summary>
    public static FlexRule BorderWidthGrammar { get; } = new("LF405", "A box's `borderWidth`.", "none light normal medium semi-bold bold, or Npx", FindingSeverity.Error, "rules: units and keywords");

    /// <summary>LF406: A box's width and height.</summary>
    public static FlexRule LengthGrammar { get; } = new("LF406", "A box's `width` and `height`.", "Npx or N%", FindingSeverity.Error, "rules: units and keywords");

    /// <summary>LF407: Every colour.</summary>
    public static FlexRule ColorGrammar { get; } = new("LF407", "Every colour.", "#RRGGBB or #RRGGBBAA", FindingSeverity.Error, "rules: units and keywords");

    /// <summary>LF408: A colour with alpha where LINE documents alpha only for a box's backgroundColor.</summary>
    public static FlexRule AlphaColor { get; } = new("LF408", "A colour with alpha where LINE documents alpha only for a box's `backgroundColor`.", "#RRGGBB", FindingSeverity.Warning, "rules: units and keywords");

    /// <summary>LF409: aspectRatio of an IMAGE or ICON.</summary>
    public static FlexRule AspectRatioGrammar { get; } = new("LF409", "`aspectRatio` of an IMAGE or ICON.", "{w}:{h}, each 1..100000, h <= 3 x w", FindingSeverity.Error, "rules: units and keywords");

    /// <summary>LF410: IMAGE and ICON url is an absolute HTTPS URL.</summary>
    public static FlexRule ImageUrlHttps { get; } = new("LF410", "IMAGE and ICON `url` is an absolute HTTPS URL.", "https://...", FindingSeverity.Error, "rules: limits");

    /// <summary>LF411: A URI action's uri uses http, https, line or tel and is percent-encoded (no spaces, ASCII only).</summary>
    public static FlexRule ActionUriScheme { get; } = new("LF411", "A URI action's `uri` uses `http`, `https`, `line` or `tel` and is percent-encoded (no spaces, ASCII only).", "http, https, line, tel", FindingSeverity.Error, "rules: limits");

    /// <summary>LF412: altUri.desktop uses http, https, line or tel and is percent-encoded.</summary>
    public static FlexRule DesktopUriScheme { get; } = new("LF412", "`altUri.desktop` uses `http`, `https`, `line` or `tel` and is percent-encoded.", "http, https, line, tel", FindingSeverity.Error, "rules: limits");

    /// <summary>LF413: webhooks.delivery.url is an absolute http(s) URL.</summary>
    public static FlexRule WebhookUrl { get; } = new("LF413", "`webhooks.delivery.url` is an absolute http(s) URL.", "http:// or https://", FindingSeverity.Error, "api: endpoints");

    /// <summary>LF414: webhooks.contentType.</summary>
    public static FlexRule WebhookContentType { get; } = new("LF414", "`webhooks.contentType`.", "application/json or application/xml", FindingSeverity.Error, "api: request tree");

    /// <summary>LF415: Every enum value is one the API defines (a cast integer may not be).</summary>
    public static FlexRule EnumDefined { get; } = new("LF415", "Every enum value is one the API defines (a cast integer may not be).", "the documented words", FindingSeverity.Error, "api: request tree");

    /// <summary>LF416: A destination's to is a phone number in international form: digits only, without '+' or spaces.</summary>
    public static FlexRule PhoneNumber { get; } = new("LF416", "A destination's `to` is a phone number in international form: digits only, without `+`, spaces or dashes.", "digits (66855538125)", FindingSeverity.Error, "api: request tree");

    /// <summary>LF501: A BASELINE box holds only TEXT and ICON.</summary>
    public static FlexRule BaselineChild { get; } = new("LF501", "A BASELINE box holds only TEXT and ICON.", "TEXT, ICON", FindingSeverity.Error, "rules: which child may stand where");

    /// <summary>LF502: A HORIZONTAL or VERTICAL box holds no ICON and no SPAN (SPANs stand only in a TEXT's contents).</summary>
    public static FlexRule BoxChild { get; } = new("LF502", "A HORIZONTAL or VERTICAL box holds no ICON and no SPAN (SPANs stand only in a TEXT's `contents`).", "BOX, BUTTON, IMAGE, TEXT, SEPARATOR", FindingSeverity.Error, "rules: which child may stand where");

    /// <summary>LF503: No gravity on a child of a BASELINE box.</summary>
    public static FlexRule BaselineGravity { get; } = new("LF503", "No `gravity` on a child of a BASELINE box.", "not set", FindingSeverity.Error, "rules: which child may stand where");

    /// <summary>LF504: No offsetBottom on a child of a BASELINE box.</summary>
    public static FlexRule BaselineOffsetBottom { get; } = new("LF504", "No `offsetBottom` on a child of a BASELINE box.", "not set", FindingSeverity.Error, "rules: which child may stand where");

    /// <summary>LF505: The first child of a block (header, body, footer) is not position: ABSOLUTE.</summary>
    public static FlexRule FirstChildAbsolute { get; } = new("LF505", "The first child of a block (header, body, footer) is not `position: ABSOLUTE`.", "RELATIVE", FindingSeverity.Error, "rules: which child may stand where");

    /// <summary>LF506: No style.&lt;block&gt;.separator on the first block present.</summary>
    public static FlexRule SeparatorAboveFirstBlock { get; } = new("LF506", "No `style.<block>.separator` on the first block present.", "not true", FindingSeverity.Error, "rules: which child may stand where");

    /// <summary>LF507: The bubble's compact UTF-8 JSON size (LINE's 30 KB, read strictly).</summary>
    public static FlexRule BubbleSize { get; } = new("LF507", "The bubble's compact UTF-8 JSON size (LINE's 30 KB, read strictly as bytes so no bubble we pass is refused).", FlexBounds.AtMost(FlexSizeReport.LimitBytes, "bytes"), FindingSeverity.Error, "rules: limits");

    /// <summary>LF508: A bubble holds at most one ICON.</summary>
    public static FlexRule OneIcon { get; } = new("LF508", "A bubble holds at most one ICON (LINE Official Notifications allow one, from LINE's icon set).", FlexBounds.AtMost(1), FindingSeverity.Error, "api: business rules");

    /// <summary>LF509: Boxes nest at most FlexLimits.MaxDepth deep; nothing below is checked until they do.</summary>
    public static FlexRule NestingDepth { get; } = new("LF509", "Boxes nest at most `FlexLimits.MaxDepth` deep, a block being the first level; a deeper tree is reported here and nothing else in it is checked.", FlexBounds.AtMost(FlexLimits.MaxDepth, "levels"), FindingSeverity.Error, "lineflex: limits");

    /// <summary>LF510: The header is LINE's fixed one.</summary>
    public static FlexRule LineHeader { get; } = new("LF510", "The header is LINE's fixed one: it reads \"OFFICIAL NOTIFICATION\" and \"powered by\" \"LINE\" on `#06C755` (`style.header.backgroundColor`), as `.LineHeader()` builds it.", "LINE's header", FindingSeverity.Warning, MessageTypes);

    /// <summary>LF511: The footer is LINE's fixed one.</summary>
    public static FlexRule LineFooter { get; } = new("LF511", "The footer is LINE's fixed one: it reads \"Learn more about LINE Official Notification here.\" on `#EEEEEE` (`style.footer.backgroundColor`), as `.LineFooter()` builds it.", "LINE's footer", FindingSeverity.Warning, MessageTypes);

    /// <summary>LF512: The title is the first text of the body.</summary>
    public static FlexRule TitleFirst { get; } = new("LF512", "The title is the first text of the body: the body's first component, looking into boxes and past the one ICON, is a TEXT.", "a TEXT first in the body", FindingSeverity.Warning, MessageTypes);

    /// <summary>LF513: No IMAGE: LINE Official Notifications allow no images, audio or video.</summary>
    public static FlexRule NoImage { get; } = new("LF513", "No IMAGE in the body (LINE Official Notifications allow no images, audio or video; the header and footer are LINE's own).", "no IMAGE", FindingSeverity.Warning, MessageTypes);

    /// <summary>LF514: The one ICON stands centred at the top of the body.</summary>
    public static FlexRule IconOnTop { get; } = new("LF514", "The one ICON stands centred at the very top of the body: in a BASELINE box that is the body's first component, beside the title aligned `CENTER`.", "first in the body, centred", FindingSeverity.Warning, MessageTypes);

    /// <summary>LF515: A BUTTON's action is a URI action.</summary>
    public static FlexRule UriButton { get; } = new("LF515", "A BUTTON's action in the body is a URI action (a notification's buttons only open a web page with more information).", "URI", FindingSeverity.Warning, MessageTypes);

    /// <summary>LF601: deliveryTimeWindow has both from and to, or neither.</summary>
    public static FlexRule DeliveryWindowPair { get; } = new("LF601", "`deliveryTimeWindow` has both `from` and `to`, or neither.", "both or neither", FindingSeverity.Error, "api: request tree");

    /// <summary>LF602: How far apart deliveryTimeWindow from and to are (an overnight window counts forward past midnight).</summary>
    public static FlexRule DeliveryWindowSpan { get; } = new("LF602", "How far apart `deliveryTimeWindow` `from` and `to` are (an overnight window counts forward past midnight).", FlexBounds.AtLeast(60, "minutes"), FindingSeverity.Error, "api: request tree");

    /// <summary>LF603: How far ahead of now sendAt is.</summary>
    public static FlexRule SendAtHorizon { get; } = new("LF603", "How far ahead of now `sendAt` is.", FlexBounds.AtMost(180, "days"), FindingSeverity.Error, "api: request tree");

    /// <summary>LF604: A validityPeriod longer than Infobip keeps one, which it silently cuts to the limit.</summary>
    public static FlexRule ValidityOver48Hours { get; } = new("LF604", "A `validityPeriod` longer than Infobip keeps one, which it silently cuts to the limit.", FlexBounds.AtMost(48, "hours"), FindingSeverity.Warning, "api: request tree");

    /// <summary>LF605: A deliveryTimeWindow names each day once (a day named twice is most likely one meant otherwise).</summary>
    public static FlexRule DuplicateDay { get; } = new("LF605", "A `deliveryTimeWindow` names each day once (`days`); a day named twice is most likely another day meant.", "each day at most once", FindingSeverity.Error, "api: request tree");

    /// <summary>LF701: Two destinations in one request share a messageId (their delivery reports could not be told apart).</summary>
    public static FlexRule DuplicateMessageId { get; } = new("LF701", "Two destinations in one request share a `messageId` (their delivery reports could not be told apart).", "unique per request", FindingSeverity.Error, "api: delivery report");

    /// <summary>Every rule, in code order.</summary>
    public static IReadOnlyList<FlexRule> All { get; } =
    [
        MessagesRequired,
        SenderRequired,
        DestinationsRequired,
        ToRequired,
        ContentRequired,
        AltTextRequired,
        BubbleRequired,
        LayoutRequired,
        ImageUrlRequired,
        IconUrlRequired,
        ButtonActionRequired,
        SpanTextRequired,
        LabelRequired,
        UriRequired,
        DataRequired,
        ValidityAmountRequired,
        SpeedLimitAmountRequired,
        DaysRequired,
        HourRequired,
        MinuteRequired,
        SmsTextRequired,
        PrincipalEntityIdRequired,
        RecipientTypeRequired,
        TextOrContentsRequired,
        ItemRequired,
        TextBlank,
        AltTextBlank,
        AltTextLength,
        MessageIdLength,
        BulkIdLength,
        CampaignReferenceIdLength,
        EntityIdLength,
        ApplicationIdLength,
        CallbackDataLength,
        LabelLength,
        UriLength,
        DataLength,
        DesktopUriLength,
        SouthKoreaTitleLength,
        ImageUrlLength,
        IconUrlLength,
        FlexRange,
        MaxLinesRange,
        HourRange,
        MinuteRange,
        ValidityAmountRange,
        SpeedLimitAmountRange,
        ResellerCodeDigits,
        SpacingGrammar,
        InsetGrammar,
        TextSizeGrammar,
        ImageSizeGrammar,
        BorderWidthGrammar,
        LengthGrammar,
        ColorGrammar,
        AlphaColor,
        AspectRatioGrammar,
        ImageUrlHttps,
        ActionUriScheme,
        DesktopUriScheme,
        WebhookUrl,
        WebhookContentType,
        EnumDefined,
        PhoneNumber,
        BaselineChild,
        BoxChild,
        BaselineGravity,
        BaselineOffsetBottom,
        FirstChildAbsolute,
        SeparatorAboveFirstBlock,
        BubbleSize,
        OneIcon,
        NestingDepth,
        LineHeader,
        LineFooter,
        TitleFirst,
        NoImage,
        IconOnTop,
        UriButton,
        DeliveryWindowPair,
        DeliveryWindowSpan,
        SendAtHorizon,
        ValidityOver48Hours,
        DuplicateDay,
        DuplicateMessageId,
    ];

    /// <summary>
    /// The guidelines of LINE Official Notification templates (LF510 to LF515): warnings an account with another
    /// agreement turns off with <see cref="FlexValidatorOptions.Ignore"/>.
    /// </summary>
    public static IReadOnlyList<FlexRule> LonGuidelines { get; } = [LineHeader, LineFooter, TitleFirst, NoImage, IconOnTop, UriButton];

    /// <summary>The source of the LON guideline rules: Infobip's "Message types" page.</summary>
    private const string MessageTypes = "lon: [Message types](" + ApprovalCodes.MessageTypesSource + ")";
}
