using static LineFlex.Tests.Validation.Minimal;

namespace LineFlex.Tests.Validation;

/// <summary>For every rule of <see cref="FlexRules"/>, a bad and a good request that differ only where the rule looks.</summary>
internal static class RuleCases
{
    private const string M = "messages[0]";
    private const string B = "messages[0].content.contents";
    private const string Body = B + ".body";
    private const string C0 = Body + ".contents[0]";
    private const string Window = M + ".options.deliveryTimeWindow";
    private const string Regional = M + ".options.smsFailover.regional";

    /// <summary>LINE's backgrounds of its header and footer.</summary>
    private static BubbleStyles LonStyle { get; } = new()
    {
        Header = new BlockStyle { BackgroundColor = LonBlocks.HeaderBackground },
        Footer = new BlockStyle { BackgroundColor = LonBlocks.FooterBackground },
    };

    private static string Chars(int count) => new('a', count);

    private static string Url(int length) => "https://example.com/" + Chars(length - "https://example.com/".Length);

    private static FlexBox Nested(int levels) =>
        Enumerable.Range(1, levels - 1).Aggregate(new FlexBox { Layout = BoxLayout.Vertical, Contents = [Hi] }, (box, _) => new FlexBox { Layout = BoxLayout.Vertical, Contents = [box] });

    private static RuleCase Case(FlexRule rule, string path, Func<LineRequest> bad, Func<LineRequest> good) => new(rule, path, bad, good);

    public static IEnumerable<RuleCase> All()
    {
        // Required values.
        yield return Case(FlexRules.MessagesRequired, "messages", () => new LineRequest { Messages = [] }, Request);
        yield return Case(FlexRules.SenderRequired, M + ".sender", () => WithMessage(m => m with { Sender = null }), Request);
        yield return Case(FlexRules.DestinationsRequired, M + ".destinations", () => WithMessage(m => m with { Destinations = [] }), Request);
        yield return Case(FlexRules.ToRequired, M + ".destinations[0].to", () => WithMessage(m => m with { Destinations = [new LineDestination { To = "" }] }), Request);
        yield return Case(FlexRules.ContentRequired, M + ".content", () => WithMessage(m => m with { Content = null }), Request);
        yield return Case(FlexRules.AltTextRequired, M + ".content.altText", () => WithContent(c => c with { AltText = null }), () => WithContent(c => c with { AltText = "Hi" }));
        yield return Case(FlexRules.BubbleRequired, B, () => WithContent(c => c with { Contents = null }), Request);
        yield return Case(FlexRules.LayoutRequired, Body + ".layout", () => WithBubble(b => b with { Body = b.Body! with { Layout = null } }), Request);
        yield return Case(FlexRules.ImageUrlRequired, C0 + ".url", () => WithBody(new FlexImage()), () => WithBody(new FlexImage { Url = "https://example.com/a.png" }));
        yield return Case(
            FlexRules.IconUrlRequired,
            Body + ".contents[0].contents[0].url",
            () => WithBody(new FlexBox { Layout = BoxLayout.Baseline, Contents = [new FlexIcon(), Hi] }),
            () => WithBody(new FlexBox { Layout = BoxLayout.Baseline, Contents = [new FlexIcon { Url = "https://example.com/i.png" }, Hi] }));
        yield return Case(FlexRules.ButtonActionRequired, C0 + ".action", () => WithBody(new FlexButton()), () => WithBody(new FlexButton { Action = Link }));
        yield return Case(
            FlexRules.SpanTextRequired,
            C0 + ".contents[0].text",
            () => WithBody(new FlexText { Contents = [new FlexSpan()] }),
            () => WithBody(new FlexText { Contents = [new FlexSpan { Text = "Hi" }] }));
        yield return Case(FlexRules.TextBlank, C0 + ".text", () => WithBody(new FlexText { Text = " " }), () => WithBody(new FlexText { Text = "Hi" }));
        yield return Case(FlexRules.AltTextBlank, M + ".content.altText", () => WithContent(c => c with { AltText = "" }), () => WithContent(c => c with { AltText = "Hi" }));
        yield return Case(FlexRules.LabelRequired, C0 + ".action.label", () => WithBody(Hi with { Action = Link with { Label = null } }), () => WithBody(Hi with { Action = Link }));
        yield return Case(FlexRules.UriRequired, C0 + ".action.uri", () => WithBody(Hi with { Action = Link with { Uri = null } }), () => WithBody(Hi with { Action = Link }));
        yield return Case(
            FlexRules.DataRequired,
            C0 + ".action.data",
            () => WithBody(Hi with { Action = new PostbackAction { Label = "Yes" } }),
            () => WithBody(Hi with { Action = new PostbackAction { Label = "Yes", Data = "answer=yes" } }));
        yield return Case(
            FlexRules.ValidityAmountRequired,
            M + ".options.validityPeriod.amount",
            () => WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod() }),
            () => WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = 30 } }));
        yield return Case(
            FlexRules.SpeedLimitAmountRequired,
            "options.schedule.sendingSpeedLimit.amount",
            () => WithSchedule(new ScheduleOptions { SendingSpeedLimit = new SendingSpeedLimit() }),
            () => WithSchedule(new ScheduleOptions { SendingSpeedLimit = new SendingSpeedLimit { Amount = 10 } }));
        yield return Case(FlexRules.DaysRequired, Window + ".days", () => WithWindow(new DeliveryTimeWindow { Days = [] }), () => WithWindow(new DeliveryTimeWindow { Days = [DeliveryDay.Monday] }));
        yield return Case(
            FlexRules.HourRequired,
            Window + ".from.hour",
            () => WithWindow(Monday(new DeliveryTime { Minute = 0 }, At(17, 0))),
            () => WithWindow(Monday(At(9, 0), At(17, 0))));
        yield return Case(FlexRules.MinuteRequired, Window + ".from.minute", () => WithWindow(Monday(new DeliveryTime { Hour = 9 }, At(17, 0))), () => WithWindow(Monday(At(9, 0), At(17, 0))));
        yield return Case(
            FlexRules.SmsTextRequired,
            M + ".options.smsFailover.text",
            () => WithOptions(new MessageOptions { SmsFailover = new SmsFailover() }),
            () => WithOptions(new MessageOptions { SmsFailover = new SmsFailover { Text = "Shipped." } }));
        yield return Case(
            FlexRules.PrincipalEntityIdRequired,
            Regional + ".indiaDlt.principalEntityId",
            () => WithRegional(new RegionalOptions { IndiaDlt = new IndiaDltOptions { ContentTemplateId = "t" } }),
            () => WithRegional(new RegionalOptions { IndiaDlt = new IndiaDltOptions { PrincipalEntityId = "p" } }));
        yield return Case(
            FlexRules.RecipientTypeRequired,
            Regional + ".turkeyIys.recipientType",
            () => WithRegional(new RegionalOptions { TurkeyIys = new TurkeyIysOptions { BrandCode = 1 } }),
            () => WithRegional(new RegionalOptions { TurkeyIys = new TurkeyIysOptions { RecipientType = RecipientType.Bireysel } }));
        yield return Case(FlexRules.TextOrContentsRequired, C0 + ".text", () => WithBody(new FlexText()), () => WithBody(new FlexText { Contents = [new FlexSpan { Text = "Hi" }] }));
        yield return Case(FlexRules.ItemRequired, C0, () => WithBody([null!]), Request);

        // Lengths, in UTF-16 code units.
        yield return Case(FlexRules.AltTextLength, M + ".content.altText", () => WithContent(c => c with { AltText = Chars(401) }), () => WithContent(c => c with { AltText = Chars(400) }));
        yield return Case(
            FlexRules.MessageIdLength,
            M + ".destinations[0].messageId",
            () => WithMessage(m => m with { Destinations = [new LineDestination { To = "1", MessageId = Chars(201) }] }),
            () => WithMessage(m => m with { Destinations = [new LineDestination { To = "1", MessageId = Chars(200) }] }));
        yield return Case(FlexRules.BulkIdLength, "options.schedule.bulkId", () => WithSchedule(new ScheduleOptions { BulkId = Chars(101) }), () => WithSchedule(new ScheduleOptions { BulkId = Chars(100) }));
        yield return Case(
            FlexRules.CampaignReferenceIdLength,
            M + ".options.campaignReferenceId",
            () => WithOptions(new MessageOptions { CampaignReferenceId = Chars(256) }),
            () => WithOptions(new MessageOptions { CampaignReferenceId = Chars(255) }));
        yield return Case(
            FlexRules.EntityIdLength,
            M + ".options.platform.entityId",
            () => WithOptions(new MessageOptions { Platform = new PlatformOptions { EntityId = Chars(256) } }),
            () => WithOptions(new MessageOptions { Platform = new PlatformOptions { EntityId = Chars(255) } }));
        yield return Case(
            FlexRules.ApplicationIdLength,
            M + ".options.platform.applicationId",
            () => WithOptions(new MessageOptions { Platform = new PlatformOptions { ApplicationId = Chars(256) } }),
            () => WithOptions(new MessageOptions { Platform = new PlatformOptions { ApplicationId = Chars(255) } }));
        yield return Case(
            FlexRules.CallbackDataLength,
            M + ".webhooks.callbackData",
            () => WithMessage(m => m with { Webhooks = new MessageWebhooks { CallbackData = Chars(4001) } }),
            () => WithMessage(m => m with { Webhooks = new MessageWebhooks { CallbackData = Chars(4000) } }));
        yield return Case(FlexRules.LabelLength, C0 + ".action.label", () => WithBody(Hi with { Action = Link with { Label = Chars(21) } }), () => WithBody(Hi with { Action = Link with { Label = Chars(20) } }));
        yield return Case(FlexRules.UriLength, C0 + ".action.uri", () => WithBody(Hi with { Action = Link with { Uri = Url(1001) } }), () => WithBody(Hi with { Action = Link with { Uri = Url(1000) } }));
        yield return Case(
            FlexRules.DataLength,
            C0 + ".action.data",
            () => WithBody(Hi with { Action = new PostbackAction { Label = "Yes", Data = Chars(1001) } }),
            () => WithBody(Hi with { Action = new PostbackAction { Label = "Yes", Data = Chars(1000) } }));
        yield return Case(
            FlexRules.DesktopUriLength,
            C0 + ".action.altUri.desktop",
            () => WithBody(Hi with { Action = Link with { AltUri = new AltUri { Desktop = Url(1001) } } }),
            () => WithBody(Hi with { Action = Link with { AltUri = new AltUri { Desktop = Url(1000) } } }));
        yield return Case(
            FlexRules.SouthKoreaTitleLength,
            Regional + ".southKorea.title",
            () => WithRegional(new RegionalOptions { SouthKorea = new SouthKoreaOptions { Title = Chars(67) } }),
            () => WithRegional(new RegionalOptions { SouthKorea = new SouthKoreaOptions { Title = Chars(66) } }));
        yield return Case(FlexRules.ImageUrlLength, C0 + ".url", () => WithBody(new FlexImage { Url = Url(2001) }), () => WithBody(new FlexImage { Url = Url(2000) }));
        yield return Case(
            FlexRules.IconUrlLength,
            Body + ".contents[0].contents[0].url",
            () => WithBody(new FlexBox { Layout = BoxLayout.Baseline, Contents = [new FlexIcon { Url = Url(2001) }, Hi] }),
            () => WithBody(new FlexBox { Layout = BoxLayout.Baseline, Contents = [new FlexIcon { Url = Url(2000) }, Hi] }));

        // Ranges.
        yield return Case(FlexRules.FlexRange, C0 + ".flex", () => WithBody(Hi with { Flex = 21 }), () => WithBody(Hi with { Flex = 20 }));
        yield return Case(FlexRules.MaxLinesRange, C0 + ".maxLines", () => WithBody(Hi with { MaxLines = -1 }), () => WithBody(Hi with { MaxLines = 0 }));
        yield return Case(FlexRules.HourRange, Window + ".from.hour", () => WithWindow(Monday(At(24, 0), At(9, 0))), () => WithWindow(Monday(At(23, 0), At(9, 0))));
        yield return Case(FlexRules.MinuteRange, Window + ".from.minute", () => WithWindow(Monday(At(8, 60), At(10, 0))), () => WithWindow(Monday(At(8, 59), At(10, 0))));
        yield return Case(
            FlexRules.ValidityAmountRange,
            M + ".options.validityPeriod.amount",
            () => WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = 0 } }),
            () => WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = 1 } }));
        yield return Case(
            FlexRules.SpeedLimitAmountRange,
            "options.schedule.sendingSpeedLimit.amount",
            () => WithSchedule(new ScheduleOptions { SendingSpeedLimit = new SendingSpeedLimit { Amount = 0 } }),
            () => WithSchedule(new ScheduleOptions { SendingSpeedLimit = new SendingSpeedLimit { Amount = 1 } }));
        yield return Case(
            FlexRules.ResellerCodeDigits,
            Regional + ".southKorea.resellerCode",
            () => WithRegional(new RegionalOptions { SouthKorea = new SouthKoreaOptions { ResellerCode = 12_345_678 } }),
            () => WithRegional(new RegionalOptions { SouthKorea = new SouthKoreaOptions { ResellerCode = 123_456_789 } }));

        // Grammar of string-typed values, as a tree parsed from JSON may hold them.
        yield return Case(FlexRules.SpacingGrammar, C0 + ".margin", () => WithBody(Hi with { Margin = FlexSpacing.Raw("medium") }), () => WithBody(Hi with { Margin = FlexSpacing.Raw("md") }));
        yield return Case(FlexRules.InsetGrammar, Body + ".paddingTop", () => WithBlock(b => b with { PaddingTop = FlexInset.Raw("huge") }), () => WithBlock(b => b with { PaddingTop = FlexInset.Raw("10%") }));
        yield return Case(FlexRules.TextSizeGrammar, C0 + ".size", () => WithBody(Hi with { Size = FlexSize.Raw("full") }), () => WithBody(Hi with { Size = FlexSize.Raw("5xl") }));
        yield return Case(FlexRules.ImageSizeGrammar, C0 + ".size", () => WithBody(Photo with { Size = FlexImageSize.Raw("10") }), () => WithBody(Photo with { Size = FlexImageSize.Raw("full") }));
        yield return Case(FlexRules.BorderWidthGrammar, Body + ".borderWidth", () => WithBlock(b => b with { BorderWidth = FlexBorderWidth.Raw("thick") }), () => WithBlock(b => b with { BorderWidth = FlexBorderWidth.Raw("semi-bold") }));
        yield return Case(FlexRules.LengthGrammar, Body + ".width", () => WithBlock(b => b with { Width = FlexLength.Raw("md") }), () => WithBlock(b => b with { Width = FlexLength.Raw("50%") }));
        yield return Case(FlexRules.ColorGrammar, C0 + ".color", () => WithBody(Hi with { Color = FlexColor.Raw("red") }), () => WithBody(Hi with { Color = FlexColor.Raw("#FF0000") }));
        yield return Case(
            FlexRules.AlphaColor,
            C0 + ".color",
            () => WithBody(Hi with { Color = FlexColor.Raw("#FF000080") }),
            () => WithBlock(b => b with { BackgroundColor = FlexColor.Raw("#FF000080") }));
        yield return Case(
            FlexRules.AspectRatioGrammar,
            C0 + ".aspectRatio",
            () => WithBody(Photo with { AspectRatio = FlexAspectRatio.Raw("1:4") }),
            () => WithBody(Photo with { AspectRatio = FlexAspectRatio.Raw("1:3") }));
        yield return Case(FlexRules.ImageUrlHttps, C0 + ".url", () => WithBody(new FlexImage { Url = "http://example.com/a.png" }), () => WithBody(Photo));
        yield return Case(
            FlexRules.ActionUriScheme,
            C0 + ".action.uri",
            () => WithBody(Hi with { Action = Link with { Uri = "ftp://example.com/a" } }),
            () => WithBody(Hi with { Action = Link with { Uri = "tel:0123456789" } }));
        yield return Case(
            FlexRules.DesktopUriScheme,
            C0 + ".action.altUri.desktop",
            () => WithBody(Hi with { Action = Link with { AltUri = new AltUri { Desktop = "javascript:alert(1)" } } }),
            () => WithBody(Hi with { Action = Link with { AltUri = new AltUri { Desktop = "line://ti/p/@shop" } } }));
        yield return Case(
            FlexRules.WebhookUrl,
            M + ".webhooks.delivery.url",
            () => WithMessage(m => m with { Webhooks = new MessageWebhooks { Delivery = new DeliveryWebhook { Url = "/dlr" } } }),
            () => WithMessage(m => m with { Webhooks = new MessageWebhooks { Delivery = new DeliveryWebhook { Url = "http://localhost:8080/dlr" } } }));
        yield return Case(
            FlexRules.WebhookContentType,
            M + ".webhooks.contentType",
            () => WithMessage(m => m with { Webhooks = new MessageWebhooks { ContentType = "text/plain" } }),
            () => WithMessage(m => m with { Webhooks = new MessageWebhooks { ContentType = "application/xml" } }));
        yield return Case(FlexRules.EnumDefined, C0 + ".align", () => WithBody(Hi with { Align = (FlexAlign)9 }), () => WithBody(Hi with { Align = FlexAlign.End }));

        yield return Case(
            FlexRules.PhoneNumber,
            M + ".destinations[0].to",
            () => WithMessage(m => m with { Destinations = [new LineDestination { To = "+66 85 553 8125" }] }),
            () => WithMessage(m => m with { Destinations = [new LineDestination { To = "66855538125" }] }));

        // Structure: LINE's layout rules.
        yield return Case(
            FlexRules.BaselineChild,
            Body + ".contents[1]",
            () => WithBlock(b => b with { Layout = BoxLayout.Baseline, Contents = [Hi, Photo] }),
            () => WithBlock(b => b with { Layout = BoxLayout.Baseline, Contents = [Hi, new FlexIcon { Url = "https://example.com/i.png" }] }));
        yield return Case(
            FlexRules.BoxChild,
            C0,
            () => WithBody(new FlexIcon { Url = "https://example.com/i.png" }),
            () => WithBody(new FlexBox { Layout = BoxLayout.Baseline, Contents = [new FlexIcon { Url = "https://example.com/i.png" }] }));
        yield return Case(
            FlexRules.BaselineGravity,
            Body + ".contents[0].gravity",
            () => WithBlock(b => b with { Layout = BoxLayout.Baseline, Contents = [Hi with { Gravity = FlexGravity.Top }] }),
            () => WithBlock(b => b with { Layout = BoxLayout.Horizontal, Contents = [Hi with { Gravity = FlexGravity.Top }] }));
        yield return Case(
            FlexRules.BaselineOffsetBottom,
            Body + ".contents[0].offsetBottom",
            () => WithBlock(b => b with { Layout = BoxLayout.Baseline, Contents = [Hi with { OffsetBottom = FlexOffset.Px(1) }] }),
            () => WithBlock(b => b with { Layout = BoxLayout.Baseline, Contents = [Hi with { OffsetTop = FlexOffset.Px(1) }] }));
        yield return Case(
            FlexRules.FirstChildAbsolute,
            C0 + ".position",
            () => WithBody(Hi with { Position = FlexPosition.Absolute }),
            () => WithBody(Hi, Hi with { Position = FlexPosition.Absolute }));
        yield return Case(
            FlexRules.SeparatorAboveFirstBlock,
            B + ".style.body.separator",
            () => WithBubble(b => b with { Style = new BubbleStyles { Body = new BlockStyle { Separator = true } } }),
            () => WithBubble(b => b with
            {
                Header = new FlexBox { Layout = BoxLayout.Vertical, Contents = [Hi] },
                Style = new BubbleStyles { Body = new BlockStyle { Separator = true } },
            }));
        yield return Case(FlexRules.BubbleSize, B, () => WithBody(new FlexText { Text = Chars(30_000) }), () => WithBody(new FlexText { Text = Chars(29_800) }));

        yield return Case(
            FlexRules.OneIcon,
            Body + ".contents[1].contents[0]",
            () => WithBody(Baseline(Icon, Hi), Baseline(Icon, Hi)),
            () => WithBody(Baseline(Icon, Hi), Baseline(Hi)));

        yield return Case(
            FlexRules.NestingDepth,
            Body + string.Concat(Enumerable.Repeat(".contents[0]", FlexLimits.MaxDepth)),
            () => WithBlock(_ => Nested(FlexLimits.MaxDepth + 1)),
            () => WithBlock(_ => Nested(FlexLimits.MaxDepth)));

        // Time rules.
        yield return Case(
            FlexRules.DeliveryWindowPair,
            Window + ".to",
            () => WithWindow(Monday(At(9, 0), null)),
            () => WithWindow(new DeliveryTimeWindow { Days = [DeliveryDay.Monday] }));
        yield return Case(FlexRules.DeliveryWindowSpan, Window + ".to", () => WithWindow(Monday(At(9, 0), At(9, 59))), () => WithWindow(Monday(At(23, 30), At(0, 30))));
        yield return Case(
            FlexRules.SendAtHorizon,
            "options.schedule.sendAt",
            () => WithSchedule(new ScheduleOptions { SendAt = FixedClock.Now.AddDays(180).AddMinutes(1) }),
            () => WithSchedule(new ScheduleOptions { SendAt = FixedClock.Now.AddDays(180) }));
        yield return Case(
            FlexRules.ValidityOver48Hours,
            M + ".options.validityPeriod.amount",
            () => WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = 2881 } }),
            () => WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = 48, TimeUnit = ValidityPeriodTimeUnit.Hours } }));
        yield return Case(
            FlexRules.DuplicateDay,
            Window + ".days[2]",
            () => WithWindow(new DeliveryTimeWindow { Days = [DeliveryDay.Monday, DeliveryDay.Tuesday, DeliveryDay.Monday] }),
            () => WithWindow(new DeliveryTimeWindow { Days = [DeliveryDay.Monday, DeliveryDay.Tuesday, DeliveryDay.Sunday] }));

        // Consistency across the request.
        yield return Case(
            FlexRules.DuplicateMessageId,
            M + ".destinations[1].messageId",
            () => WithMessage(m => m with { Destinations = [new LineDestination { To = "1", MessageId = "a" }, new LineDestination { To = "2", MessageId = "a" }] }),
            () => WithMessage(m => m with { Destinations = [new LineDestination { To = "1", MessageId = "a" }, new LineDestination { To = "2", MessageId = "b" }] }));

        // LINE Official Notification guidelines.
        yield return Case(
            FlexRules.LineHeader,
            B + ".header",
            () => WithBubble(b => b with { Header = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = "LINEFLEX" }] }, Style = LonStyle }),
            () => WithBubble(b => b with { Header = LonBlocks.Header, Style = LonStyle }));
        yield return Case(
            FlexRules.LineFooter,
            B + ".style.footer.backgroundColor",
            () => WithBubble(b => b with { Footer = LonBlocks.Footer, Style = LonStyle with { Footer = new BlockStyle { BackgroundColor = "#FFFFFF" } } }),
            () => WithBubble(b => b with { Footer = LonBlocks.Footer, Style = LonStyle }));
        yield return Case(FlexRules.TitleFirst, C0, () => WithBody(new FlexSeparator(), Hi), Request);
        yield return Case(FlexRules.NoImage, Body + ".contents[1]", () => WithBody(Hi, Photo), Request);
        yield return Case(
            FlexRules.IconOnTop,
            Body + ".contents[1].contents[0]",
            () => WithBody(Hi, Baseline(Icon, Hi)),
            () => WithBody(Baseline(Icon, Hi with { Align = FlexAlign.Center }), Hi));
        yield return Case(
            FlexRules.UriButton,
            Body + ".contents[1].action",
            () => WithBody(Hi, new FlexButton { Action = new PostbackAction { Label = "Yes", Data = "answer=yes" } }),
            () => WithBody(Hi, new FlexButton { Action = Link }));
    }
}
