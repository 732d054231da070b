using System.Globalization;
using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// Writes the model as wire JSON, property by property in the reference order (<c>type</c> first),
/// omitting unset values and keeping a <c>flex</c> of 0. No reflection and no intermediate tree.
/// </summary>
internal static class FlexJsonWriter
{
    public static void WriteNode(JsonWriter w, object node)
    {
        switch (node)
        {
            case LineRequest request: WriteRequest(w, request); break;
            case RequestOptions options: WriteRequestOptions(w, options); break;
            case ScheduleOptions schedule: WriteSchedule(w, schedule); break;
            case SendingSpeedLimit limit: WriteSpeedLimit(w, limit); break;
            case LineMessage message: WriteMessage(w, message); break;
            case LineDestination destination: WriteDestination(w, destination); break;
            case LineNotificationContent content: WriteContent(w, content); break;
            case FlexBubble bubble: WriteBubble(w, bubble); break;
            case BubbleStyles styles: WriteBubbleStyles(w, styles); break;
            case BlockStyle style: WriteBlockStyle(w, style); break;
            case FlexComponent component: WriteComponent(w, component, level: 1); break;
            case FlexAction action: WriteAction(w, action); break;
            case AltUri altUri: WriteAltUri(w, altUri); break;
            case MessageOptions options: WriteMessageOptions(w, options); break;
            case PlatformOptions platform: WritePlatform(w, platform); break;
            case ValidityPeriod period: WriteValidityPeriod(w, period); break;
            case DeliveryTimeWindow window: WriteTimeWindow(w, window); break;
            case DeliveryTime time: WriteTime(w, time); break;
            case SmsFailover failover: WriteSmsFailover(w, failover); break;
            case RegionalOptions regional: WriteRegional(w, regional); break;
            case IndiaDltOptions india: WriteIndiaDlt(w, india); break;
            case TurkeyIysOptions turkey: WriteTurkeyIys(w, turkey); break;
            case SouthKoreaOptions korea: WriteSouthKorea(w, korea); break;
            case MessageWebhooks webhooks: WriteWebhooks(w, webhooks); break;
            case DeliveryWebhook delivery: WriteDeliveryWebhook(w, delivery); break;
            default:
                throw new ArgumentException(
                    $"{node.GetType().Name} is not a LineFlex model type; serialize a LineRequest, a LineMessage, a FlexBubble, a component or another model record.",
                    nameof(node));
        }
    }

    public static void WriteRequest(JsonWriter w, LineRequest request)
    {
        w.WriteStartObject();
        if (request.Messages is { } messages)
        {
            w.WritePropertyName("messages");
            w.WriteStartArray();
            for (var i = 0; i < messages.Count; i++)
            {
                WriteMessage(w, NotNull(w, messages[i], i));
            }

            w.WriteEndArray();
        }

        if (request.Options is { } options)
        {
            w.WritePropertyName("options");
            WriteRequestOptions(w, options);
        }

        w.WriteEndObject();
    }

    private static void WriteRequestOptions(JsonWriter w, RequestOptions options)
    {
        w.WriteStartObject();
        if (options.Schedule is { } schedule)
        {
            w.WritePropertyName("schedule");
            WriteSchedule(w, schedule);
        }

        w.WriteEndObject();
    }

    private static void WriteSchedule(JsonWriter w, ScheduleOptions schedule)
    {
        w.WriteStartObject();
        Str(w, "bulkId", schedule.BulkId);
        if (schedule.SendAt is { } sendAt)
        {
            w.WritePropertyName("sendAt");
            w.WriteValue(FormatSendAt(sendAt));
        }

        if (schedule.SendingSpeedLimit is { } limit)
        {
            w.WritePropertyName("sendingSpeedLimit");
            WriteSpeedLimit(w, limit);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Infobip's <c>yyyy-MM-dd'T'HH:mm:ss.SSSZ</c>: milliseconds and an offset without a colon. A value finer than a
    /// millisecond keeps its digits (up to seven, a tick) rather than being cut: the OpenAPI type is an RFC 3339
    /// date-time, which allows them, and a round trip must not move the time.
    /// </summary>
    internal static string FormatSendAt(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        var time = value.Ticks % TimeSpan.TicksPerMillisecond == 0
            ? value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff", CultureInfo.InvariantCulture)
            : value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff", CultureInfo.InvariantCulture).TrimEnd('0');
        return time
            + sign + offset.Hours.ToString("00", CultureInfo.InvariantCulture)
            + offset.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    private static void WriteSpeedLimit(JsonWriter w, SendingSpeedLimit limit)
    {
        w.WriteStartObject();
        Int(w, "amount", limit.Amount);
        Enum(w, "timeUnit", limit.TimeUnit);
        w.WriteEndObject();
    }

    public static void WriteMessage(JsonWriter w, LineMessage message)
    {
        w.WriteStartObject();
        Str(w, "sender", message.Sender);
        if (message.Destinations is { } destinations)
        {
            w.WritePropertyName("destinations");
            w.WriteStartArray();
            for (var i = 0; i < destinations.Count; i++)
            {
                WriteDestination(w, NotNull(w, destinations[i], i));
            }

            w.WriteEndArray();
        }

        if (message.Content is { } content)
        {
            w.WritePropertyName("content");
            WriteContent(w, content);
        }

        if (message.Options is { } options)
        {
            w.WritePropertyName("options");
            WriteMessageOptions(w, options);
        }

        if (message.Webhooks is { } webhooks)
        {
            w.WritePropertyName("webhooks");
            WriteWebhooks(w, webhooks);
        }

        w.WriteEndObject();
    }

    private static void WriteDestination(JsonWriter w, LineDestination destination)
    {
        w.WriteStartObject();
        Str(w, "to", destination.To);
        Str(w, "messageId", destination.MessageId);
        w.WriteEndObject();
    }

    private static void WriteContent(JsonWriter w, LineNotificationContent content)
    {
        w.WriteStartObject();
        w.WritePropertyName("type");
        w.WriteValue(LineNotificationContent.WireType);
        Str(w, "altText", content.AltText);
        if (content.Contents is { } bubble)
        {
            w.WritePropertyName("contents");
            WriteBubble(w, bubble);
        }

        w.WriteEndObject();
    }

    public static void WriteBubble(JsonWriter w, FlexBubble bubble)
    {
        w.WriteStartObject();
        w.WritePropertyName("type");
        w.WriteValue(FlexBubble.WireType);
        Enum(w, "size", bubble.Size);
        Enum(w, "direction", bubble.Direction);
        Box(w, "header", bubble.Header);
        Box(w, "body", bubble.Body);
        Box(w, "footer", bubble.Footer);
        if (bubble.Style is { } styles)
        {
            w.WritePropertyName("style");
            WriteBubbleStyles(w, styles);
        }

        Action(w, bubble.Action);
        w.WriteEndObject();
    }

    private static void WriteBubbleStyles(JsonWriter w, BubbleStyles styles)
    {
        w.WriteStartObject();
        BlockStyle(w, "header", styles.Header);
        BlockStyle(w, "body", styles.Body);
        BlockStyle(w, "footer", styles.Footer);
        w.WriteEndObject();
    }

    private static void BlockStyle(JsonWriter w, string name, BlockStyle? style)
    {
        if (style is not null)
        {
            w.WritePropertyName(name);
            WriteBlockStyle(w, style);
        }
    }

    private static void WriteBlockStyle(JsonWriter w, BlockStyle style)
    {
        w.WriteStartObject();
        Str(w, "backgroundColor", style.BackgroundColor?.Value);
        Bool(w, "separator", style.Separator);
        Str(w, "separatorColor", style.SeparatorColor?.Value);
        w.WriteEndObject();
    }

    private static void Box(JsonWriter w, string name, FlexBox? box)
    {
        if (box is not null)
        {
            w.WritePropertyName(name);
            WriteBox(w, box, level: 1);
        }
    }

    /// <summary>Writes a component that stands <paramref name="level"/> boxes deep, counting a box itself (a block is level 1).</summary>
    private static void WriteComponent(JsonWriter w, FlexComponent component, int level)
    {
        switch (component)
        {
            case FlexBox box: WriteBox(w, box, level); break;
            case FlexText text: WriteText(w, text); break;
            case FlexSpan span: WriteSpan(w, span); break;
            case FlexImage image: WriteImage(w, image); break;
            case FlexIcon icon: WriteIcon(w, icon); break;
            case FlexButton button: WriteButton(w, button); break;
            case FlexSeparator separator: WriteSeparator(w, separator); break;
            default: throw new ArgumentException($"{component.GetType().Name} is not a LINE component.", nameof(component));
        }
    }

    private static void WriteBox(JsonWriter w, FlexBox box, int level)
    {
        w.WriteStartObject();
        Type(w, "BOX");
        Enum(w, "layout", box.Layout);
        if (box.Contents is { } contents)
        {
            w.WritePropertyName("contents");
            w.WriteStartArray();
            for (var i = 0; i < contents.Count; i++)
            {
                var child = NotNull(w, contents[i], i);
                if (child is FlexBox && level == FlexLimits.MaxDepth)
                {
                    // Checked before going deeper: a tree of records can nest deep enough to overflow the stack.
                    throw new ArgumentException(
                        $"The box at '{ItemPath(w, i)}' is nested {level + 1} boxes deep; LineFlex writes at most {FlexLimits.MaxDepth} (FlexLimits.MaxDepth). "
                        + $"Flatten the layout: put siblings side by side in one box rather than each in a box of its own. FlexValidator reports it as {FlexRules.NestingDepth.Code}.",
                        nameof(box));
                }

                WriteComponent(w, child, level + 1);
            }

            w.WriteEndArray();
        }

        Str(w, "backgroundColor", box.BackgroundColor?.Value);
        Str(w, "borderColor", box.BorderColor?.Value);
        Str(w, "borderWidth", box.BorderWidth?.Value);
        Str(w, "cornerRadius", box.CornerRadius?.Value);
        Str(w, "width", box.Width?.Value);
        Str(w, "height", box.Height?.Value);
        Int(w, "flex", box.Flex);
        Str(w, "margin", box.Margin?.Value);
        Str(w, "spacing", box.Spacing?.Value);
        Str(w, "paddingAll", box.PaddingAll?.Value);
        Str(w, "paddingTop", box.PaddingTop?.Value);
        Str(w, "paddingBottom", box.PaddingBottom?.Value);
        Str(w, "paddingStart", box.PaddingStart?.Value);
        Str(w, "paddingEnd", box.PaddingEnd?.Value);
        Offsets(w, box.OffsetTop, box.OffsetBottom, box.OffsetStart, box.OffsetEnd);
        Enum(w, "position", box.Position);
        Action(w, box.Action);
        w.WriteEndObject();
    }

    private static void WriteText(JsonWriter w, FlexText text)
    {
        w.WriteStartObject();
        Type(w, "TEXT");
        Str(w, "text", text.Text);
        if (text.Contents is { } spans)
        {
            w.WritePropertyName("contents");
            w.WriteStartArray();
            for (var i = 0; i < spans.Count; i++)
            {
                WriteSpan(w, NotNull(w, spans[i], i));
            }

            w.WriteEndArray();
        }

        Int(w, "flex", text.Flex);
        Str(w, "margin", text.Margin?.Value);
        Str(w, "size", text.Size?.Value);
        Enum(w, "align", text.Align);
        Enum(w, "gravity", text.Gravity);
        Bool(w, "wrap", text.Wrap);
        Int(w, "maxLines", text.MaxLines);
        Str(w, "color", text.Color?.Value);
        Enum(w, "weight", text.Weight);
        Enum(w, "position", text.Position);
        Offsets(w, text.OffsetTop, text.OffsetBottom, text.OffsetStart, text.OffsetEnd);
        Action(w, text.Action);
        w.WriteEndObject();
    }

    private static void WriteSpan(JsonWriter w, FlexSpan span)
    {
        w.WriteStartObject();
        Type(w, "SPAN");
        Str(w, "text", span.Text);
        Str(w, "color", span.Color?.Value);
        Str(w, "size", span.Size?.Value);
        Enum(w, "weight", span.Weight);
        Enum(w, "style", span.Style);
        Enum(w, "decoration", span.Decoration);
        w.WriteEndObject();
    }

    private static void WriteImage(JsonWriter w, FlexImage image)
    {
        w.WriteStartObject();
        Type(w, "IMAGE");
        Str(w, "url", image.Url);
        Int(w, "flex", image.Flex);
        Str(w, "margin", image.Margin?.Value);
        Enum(w, "position", image.Position);
        Offsets(w, image.OffsetTop, image.OffsetBottom, image.OffsetStart, image.OffsetEnd);
        Enum(w, "align", image.Align);
        Enum(w, "gravity", image.Gravity);
        Str(w, "size", image.Size?.Value);
        Str(w, "aspectRatio", image.AspectRatio?.Value);
        Enum(w, "aspectMode", image.AspectMode);
        Str(w, "backgroundColor", image.BackgroundColor?.Value);
        Action(w, image.Action);
        w.WriteEndObject();
    }

    private static void WriteIcon(JsonWriter w, FlexIcon icon)
    {
        w.WriteStartObject();
        Type(w, "ICON");
        Str(w, "url", icon.Url);
        Str(w, "margin", icon.Margin?.Value);
        Enum(w, "position", icon.Position);
        Offsets(w, icon.OffsetTop, icon.OffsetBottom, icon.OffsetStart, icon.OffsetEnd);
        Str(w, "size", icon.Size?.Value);
        Str(w, "aspectRatio", icon.AspectRatio?.Value);
        w.WriteEndObject();
    }

    private static void WriteButton(JsonWriter w, FlexButton button)
    {
        w.WriteStartObject();
        Type(w, "BUTTON");
        Action(w, button.Action);
        Int(w, "flex", button.Flex);
        Str(w, "margin", button.Margin?.Value);
        Enum(w, "position", button.Position);
        Offsets(w, button.OffsetTop, button.OffsetBottom, button.OffsetStart, button.OffsetEnd);
        Enum(w, "height", button.Height);
        Enum(w, "style", button.Style);
        Str(w, "color", button.Color?.Value);
        Enum(w, "gravity", button.Gravity);
        w.WriteEndObject();
    }

    private static void WriteSeparator(JsonWriter w, FlexSeparator separator)
    {
        w.WriteStartObject();
        Type(w, "SEPARATOR");
        Str(w, "margin", separator.Margin?.Value);
        Str(w, "color", separator.Color?.Value);
        w.WriteEndObject();
    }

    private static void Action(JsonWriter w, FlexAction? action)
    {
        if (action is not null)
        {
            w.WritePropertyName("action");
            WriteAction(w, action);
        }
    }

    public static void WriteAction(JsonWriter w, FlexAction action)
    {
        w.WriteStartObject();
        switch (action)
        {
            case UriAction uri:
                Type(w, "URI");
                Str(w, "label", uri.Label);
                Str(w, "uri", uri.Uri);
                AltUri(w, uri.AltUri);
                break;
            case PostbackAction postback:
                Type(w, "POSTBACK");
                Str(w, "label", postback.Label);
                Str(w, "data", postback.Data);
                AltUri(w, postback.AltUri);
                break;
            default:
                throw new ArgumentException($"{action.GetType().Name} is not a LINE action.", nameof(action));
        }

        w.WriteEndObject();
    }

    private static void AltUri(JsonWriter w, AltUri? altUri)
    {
        if (altUri is not null)
        {
            w.WritePropertyName("altUri");
            WriteAltUri(w, altUri);
        }
    }

    private static void WriteAltUri(JsonWriter w, AltUri altUri)
    {
        w.WriteStartObject();
        Str(w, "desktop", altUri.Desktop);
        w.WriteEndObject();
    }

    private static void WriteMessageOptions(JsonWriter w, MessageOptions options)
    {
        w.WriteStartObject();
        if (options.Platform is { } platform)
        {
            w.WritePropertyName("platform");
            WritePlatform(w, platform);
        }

        ValidityPeriod(w, options.ValidityPeriod);
        if (options.DeliveryTimeWindow is { } window)
        {
            w.WritePropertyName("deliveryTimeWindow");
            WriteTimeWindow(w, window);
        }

        Str(w, "campaignReferenceId", options.CampaignReferenceId);
        if (options.SmsFailover is { } failover)
        {
            w.WritePropertyName("smsFailover");
            WriteSmsFailover(w, failover);
        }

        w.WriteEndObject();
    }

    private static void WritePlatform(JsonWriter w, PlatformOptions platform)
    {
        w.WriteStartObject();
        Str(w, "entityId", platform.EntityId);
        Str(w, "applicationId", platform.ApplicationId);
        w.WriteEndObject();
    }

    private static void ValidityPeriod(JsonWriter w, ValidityPeriod? period)
    {
        if (period is not null)
        {
            w.WritePropertyName("validityPeriod");
            WriteValidityPeriod(w, period);
        }
    }

    private static void WriteValidityPeriod(JsonWriter w, ValidityPeriod period)
    {
        w.WriteStartObject();
        Int(w, "amount", period.Amount);
        Enum(w, "timeUnit", period.TimeUnit);
        w.WriteEndObject();
    }

    private static void WriteTimeWindow(JsonWriter w, DeliveryTimeWindow window)
    {
        w.WriteStartObject();
        if (window.Days is { } days)
        {
            w.WritePropertyName("days");
            w.WriteStartArray();
            foreach (var day in days)
            {
                w.WriteValue(WireEnum<DeliveryDay>.Name(day));
            }

            w.WriteEndArray();
        }

        Time(w, "from", window.From);
        Time(w, "to", window.To);
        w.WriteEndObject();
    }

    private static void Time(JsonWriter w, string name, DeliveryTime? time)
    {
        if (time is not null)
        {
            w.WritePropertyName(name);
            WriteTime(w, time);
        }
    }

    private static void WriteTime(JsonWriter w, DeliveryTime time)
    {
        w.WriteStartObject();
        Int(w, "hour", time.Hour);
        Int(w, "minute", time.Minute);
        w.WriteEndObject();
    }

    private static void WriteSmsFailover(JsonWriter w, SmsFailover failover)
    {
        w.WriteStartObject();
        Str(w, "sender", failover.Sender);
        Str(w, "text", failover.Text);
        ValidityPeriod(w, failover.ValidityPeriod);
        if (failover.Regional is { } regional)
        {
            w.WritePropertyName("regional");
            WriteRegional(w, regional);
        }

        w.WriteEndObject();
    }

    private static void WriteRegional(JsonWriter w, RegionalOptions regional)
    {
        w.WriteStartObject();
        if (regional.IndiaDlt is { } india)
        {
            w.WritePropertyName("indiaDlt");
            WriteIndiaDlt(w, india);
        }

        if (regional.TurkeyIys is { } turkey)
        {
            w.WritePropertyName("turkeyIys");
            WriteTurkeyIys(w, turkey);
        }

        if (regional.SouthKorea is { } korea)
        {
            w.WritePropertyName("southKorea");
            WriteSouthKorea(w, korea);
        }

        w.WriteEndObject();
    }

    private static void WriteIndiaDlt(JsonWriter w, IndiaDltOptions india)
    {
        w.WriteStartObject();
        Str(w, "contentTemplateId", india.ContentTemplateId);
        Str(w, "principalEntityId", india.PrincipalEntityId);
        Str(w, "telemarketerId", india.TelemarketerId);
        w.WriteEndObject();
    }

    private static void WriteTurkeyIys(JsonWriter w, TurkeyIysOptions turkey)
    {
        w.WriteStartObject();
        Int(w, "brandCode", turkey.BrandCode);
        Enum(w, "recipientType", turkey.RecipientType);
        w.WriteEndObject();
    }

    private static void WriteSouthKorea(JsonWriter w, SouthKoreaOptions korea)
    {
        w.WriteStartObject();
        Str(w, "title", korea.Title);
        Int(w, "resellerCode", korea.ResellerCode);
        w.WriteEndObject();
    }

    private static void WriteWebhooks(JsonWriter w, MessageWebhooks webhooks)
    {
        w.WriteStartObject();
        if (webhooks.Delivery is { } delivery)
        {
            w.WritePropertyName("delivery");
            WriteDeliveryWebhook(w, delivery);
        }

        Str(w, "contentType", webhooks.ContentType);
        Str(w, "callbackData", webhooks.CallbackData);
        w.WriteEndObject();
    }

    private static void WriteDeliveryWebhook(JsonWriter w, DeliveryWebhook delivery)
    {
        w.WriteStartObject();
        Str(w, "url", delivery.Url);
        Bool(w, "intermediateReport", delivery.IntermediateReport);
        Bool(w, "notify", delivery.Notify);
        w.WriteEndObject();
    }

    /// <summary>A list item that is null cannot be written; say where it is instead of failing somewhere inside.</summary>
    private static T NotNull<T>(JsonWriter w, T? item, int index)
        where T : class
    {
        if (item is not null)
        {
            return item;
        }

        throw new ArgumentException(
            $"The item at '{ItemPath(w, index)}' is null; remove it. FlexValidator reports it as {FlexRules.ItemRequired.Code}.",
            nameof(item));
    }

    /// <summary>The path of the list item about to be written: the writer's path names the last item written, or the list itself before the first one.</summary>
    private static string ItemPath(JsonWriter w, int index) => $"{(index > 0 ? w.Path[..w.Path.LastIndexOf('[')] : w.Path)}[{index}]";

    private static void Offsets(JsonWriter w, FlexInset? top, FlexInset? bottom, FlexInset? start, FlexInset? end)
    {
        Str(w, "offsetTop", top?.Value);
        Str(w, "offsetBottom", bottom?.Value);
        Str(w, "offsetStart", start?.Value);
        Str(w, "offsetEnd", end?.Value);
    }

    private static void Type(JsonWriter w, string type)
    {
        w.WritePropertyName("type");
        w.WriteValue(type);
    }

    private static void Str(JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WritePropertyName(name);
            w.WriteValue(value);
        }
    }

    private static void Int(JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WritePropertyName(name);
            w.WriteValue(number);
        }
    }

    private static void Bool(JsonWriter w, string name, bool? value)
    {
        if (value is { } flag)
        {
            w.WritePropertyName(name);
            w.WriteValue(flag);
        }
    }

    private static void Enum<T>(JsonWriter w, string name, T? value)
        where T : struct, System.Enum
    {
        if (value is { } word)
        {
            w.WritePropertyName(name);
            w.WriteValue(WireEnum<T>.Name(word));
        }
    }
}
