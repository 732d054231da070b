using System.Globalization;
using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// Reads wire JSON into the model token by token: no intermediate <c>JObject</c>. Every problem is a
/// <see cref="FlexJsonException"/> naming the path, line and position.
/// </summary>
internal sealed partial class FlexJsonReader
{
    private readonly JsonReader _reader;

    /// <summary>How many components enclose the one being read, itself included.</summary>
    private int _componentLevel;

    /// <summary>The property names read so far in each open object, with where they stood.</summary>
    private readonly List<(string Name, int Line, int Position)> _names = new(32);

    /// <summary>The open objects: where their names start in <see cref="_names"/>, and what they are ("a destination").</summary>
    private readonly List<(int Start, string What)> _objects = new(16);

    private FlexJsonReader(JsonReader reader)
    {
        _reader = reader;
        _reader.DateParseHandling = DateParseHandling.None;
        // A double never fails to parse (1e400 is infinity), so a valid number with an exponent gets ReadInt's message.
        _reader.FloatParseHandling = FloatParseHandling.Double;
    }

    private static readonly Dictionary<Type, Func<FlexJsonReader, object?>> Readers = new()
    {
        [typeof(LineRequest)] = r => r.ReadRequest(),
        [typeof(RequestOptions)] = r => r.ReadRequestOptions(),
        [typeof(ScheduleOptions)] = r => r.ReadSchedule(),
        [typeof(SendingSpeedLimit)] = r => r.ReadSpeedLimit(),
        [typeof(LineMessage)] = r => r.ReadMessage(),
        [typeof(LineDestination)] = r => r.ReadDestination(),
        [typeof(LineNotificationContent)] = r => r.ReadContent(),
        [typeof(FlexBubble)] = r => r.ReadBubble(),
        [typeof(BubbleStyles)] = r => r.ReadBubbleStyles(),
        [typeof(BlockStyle)] = r => r.ReadBlockStyle(),
        [typeof(FlexComponent)] = r => r.ReadComponent(),
        [typeof(FlexBox)] = r => r.ReadComponentOf<FlexBox>("BOX"),
        [typeof(FlexText)] = r => r.ReadComponentOf<FlexText>("TEXT"),
        [typeof(FlexSpan)] = r => r.ReadComponentOf<FlexSpan>("SPAN"),
        [typeof(FlexImage)] = r => r.ReadComponentOf<FlexImage>("IMAGE"),
        [typeof(FlexIcon)] = r => r.ReadComponentOf<FlexIcon>("ICON"),
        [typeof(FlexButton)] = r => r.ReadComponentOf<FlexButton>("BUTTON"),
        [typeof(FlexSeparator)] = r => r.ReadComponentOf<FlexSeparator>("SEPARATOR"),
        [typeof(FlexAction)] = r => r.ReadAction(),
        [typeof(UriAction)] = r => r.ReadActionOf<UriAction>("URI"),
        [typeof(PostbackAction)] = r => r.ReadActionOf<PostbackAction>("POSTBACK"),
        [typeof(AltUri)] = r => r.ReadAltUri(),
        [typeof(MessageOptions)] = r => r.ReadMessageOptions(),
        [typeof(PlatformOptions)] = r => r.ReadPlatform(),
        [typeof(ValidityPeriod)] = r => r.ReadValidityPeriod(),
        [typeof(DeliveryTimeWindow)] = r => r.ReadTimeWindow(),
        [typeof(DeliveryTime)] = r => r.ReadTime(),
        [typeof(SmsFailover)] = r => r.ReadSmsFailover(),
        [typeof(RegionalOptions)] = r => r.ReadRegional(),
        [typeof(IndiaDltOptions)] = r => r.ReadIndiaDlt(),
        [typeof(TurkeyIysOptions)] = r => r.ReadTurkeyIys(),
        [typeof(SouthKoreaOptions)] = r => r.ReadSouthKorea(),
        [typeof(MessageWebhooks)] = r => r.ReadWebhooks(),
        [typeof(DeliveryWebhook)] = r => r.ReadDeliveryWebhook(),
    };

    /// <summary>The model types that can be read from JSON.</summary>
    public static IEnumerable<Type> ReadableTypes => Readers.Keys;

    /// <summary>Whether <paramref name="type"/> is a model type this reader can read.</summary>
    public static bool CanRead(Type type) => Readers.ContainsKey(type);

    /// <summary>Reads one whole JSON document as a <typeparamref name="T"/>; nothing may follow it.</summary>
    public static T ReadDocument<T>(JsonReader jsonReader)
        where T : class
    {
        var reader = new FlexJsonReader(jsonReader);
        reader.Next("a JSON object");
        var value = (T)reader.ReadRoot(typeof(T));
        if (reader.TryNext())
        {
            reader.Fail($"Unexpected {Describe(jsonReader.TokenType)} after the end of the JSON object. Remove it, or wrap several objects in an array.");
        }

        return value;
    }

    /// <summary>Reads the value the reader is positioned on (or the next one) as <paramref name="type"/>; used by the converter.</summary>
    public static object? ReadValue(JsonReader jsonReader, Type type)
    {
        var reader = new FlexJsonReader(jsonReader);
        if (jsonReader.TokenType == JsonToken.None)
        {
            reader.Next("a JSON object");
        }

        return jsonReader.TokenType == JsonToken.Null ? null : reader.ReadRoot(type);
    }

    private object ReadRoot(Type type)
    {
        if (!Readers.TryGetValue(type, out var read))
        {
            throw new ArgumentException(
                $"{type.Name} is not a LineFlex model type; read a LineRequest, a LineMessage, a FlexBubble, a FlexComponent or another model record.",
                nameof(type));
        }

        if (_reader.TokenType != JsonToken.StartObject)
        {
            Fail($"Expected a JSON object for {type.Name}, but found {Describe(_reader.TokenType)}.");
        }

        return read(this)!;
    }

    // ---- the request -------------------------------------------------------------------------

    private LineRequest? ReadRequest()
    {
        if (!BeginObject("the request"))
        {
            return null;
        }

        ValueList<LineMessage>? messages = null;
        RequestOptions? options = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "messages": messages = ReadList("message", static r => r.ReadMessage()); break;
                case "options": options = ReadRequestOptions(); break;
                default: UnknownProperty(name, "the request", "messages, options"); break;
            }
        }

        return new LineRequest { Messages = messages, Options = options };
    }

    private RequestOptions? ReadRequestOptions()
    {
        if (!BeginObject("request options"))
        {
            return null;
        }

        ScheduleOptions? schedule = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "schedule": schedule = ReadSchedule(); break;
                default: UnknownProperty(name, "options", "schedule"); break;
            }
        }

        return new RequestOptions { Schedule = schedule };
    }

    private ScheduleOptions? ReadSchedule()
    {
        if (!BeginObject("a schedule"))
        {
            return null;
        }

        string? bulkId = null;
        DateTimeOffset? sendAt = null;
        SendingSpeedLimit? limit = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "bulkId": bulkId = ReadString(); break;
                case "sendAt": sendAt = ReadSendAt(); break;
                case "sendingSpeedLimit": limit = ReadSpeedLimit(); break;
                default: UnknownProperty(name, "a schedule", "bulkId, sendAt, sendingSpeedLimit"); break;
            }
        }

        return new ScheduleOptions { BulkId = bulkId, SendAt = sendAt, SendingSpeedLimit = limit };
    }

    private DateTimeOffset? ReadSendAt()
    {
        var text = ReadString();
        if (text is null)
        {
            return null;
        }

        if (FractionDigits(text) > 7)
        {
            Fail($"\"{FlexLimits.Excerpt(text)}\" has {FractionDigits(text)} digits after the seconds; a date-time keeps at most 7 (100 nanoseconds). Write at most 7, such as \"2026-12-01T09:30:00.1234567+0000\".");
        }

        if (!TryParseSendAt(text, out var value))
        {
            Fail($"\"{FlexLimits.Excerpt(text)}\" is not a date-time. Write it as yyyy-MM-dd'T'HH:mm:ss.SSSZ, such as \"2026-12-01T09:30:00.000+0000\".");
        }

        return value;
    }

    /// <summary>The number of digits after the seconds' decimal point (0 without one).</summary>
    private static int FractionDigits(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        if (point < 0)
        {
            return 0;
        }

        var digits = 0;
        while (point + 1 + digits < text.Length && char.IsAsciiDigit(text[point + 1 + digits]))
        {
            digits++;
        }

        return digits;
    }

    /// <summary>Accepts Infobip's <c>+0000</c> offsets as well as ISO 8601's <c>+00:00</c> and <c>Z</c>.</summary>
    internal static bool TryParseSendAt(string text, out DateTimeOffset value)
    {
        var normalized = text;
        if (text.Length > 5 && text[^5] is '+' or '-' && text.AsSpan(text.Length - 4).ContainsAnyExceptInRange('0', '9') is false)
        {
            normalized = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        var hasZone = normalized.EndsWith('Z') || (normalized.Length > 6 && normalized[^6] is '+' or '-' && normalized[^3] == ':');
        return DateTimeOffset.TryParse(
                   normalized,
                   CultureInfo.InvariantCulture,
                   DateTimeStyles.AssumeUniversal,
                   out value)
               && hasZone
               && normalized.Length >= 19
               && normalized[10] == 'T';
    }

    private SendingSpeedLimit? ReadSpeedLimit()
    {
        if (!BeginObject("a sending speed limit"))
        {
            return null;
        }

        int? amount = null;
        SpeedLimitTimeUnit? unit = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "amount": amount = ReadInt(); break;
                case "timeUnit": unit = ReadEnum<SpeedLimitTimeUnit>(); break;
                default: UnknownProperty(name, "a sending speed limit", "amount, timeUnit"); break;
            }
        }

        return new SendingSpeedLimit { Amount = amount, TimeUnit = unit };
    }

    private LineMessage? ReadMessage()
    {
        if (!BeginObject("a message"))
        {
            return null;
        }

        string? sender = null;
        ValueList<LineDestination>? destinations = null;
        LineNotificationContent? content = null;
        MessageOptions? options = null;
        MessageWebhooks? webhooks = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "sender": sender = ReadString(); break;
                case "destinations": destinations = ReadList("destination", static r => r.ReadDestination()); break;
                case "content": content = ReadContent(); break;
                case "options": options = ReadMessageOptions(); break;
                case "webhooks": webhooks = ReadWebhooks(); break;
                default: UnknownProperty(name, "a message", "sender, destinations, content, options, webhooks"); break;
            }
        }

        return new LineMessage
        {
            Sender = sender, Destinations = destinations, Content = content, Options = options, Webhooks = webhooks,
        };
    }

    private LineDestination? ReadDestination()
    {
        if (!BeginObject("a destination"))
        {
            return null;
        }

        string? to = null, messageId = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "to": to = ReadString(); break;
                case "messageId": messageId = ReadString(); break;
                default: UnknownProperty(name, "a destination", "to, messageId"); break;
            }
        }

        return new LineDestination { To = to, MessageId = messageId };
    }

    private LineNotificationContent? ReadContent()
    {
        if (!BeginObject("the content"))
        {
            return null;
        }

        string? altText = null;
        FlexBubble? contents = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "type": ReadFixedType(LineNotificationContent.WireType, "content"); break;
                case "altText": altText = ReadString(); break;
                case "contents": contents = ReadBubble(); break;
                default: UnknownProperty(name, "the LINE_NOTIFICATION content", "type, altText, contents"); break;
            }
        }

        return new LineNotificationContent { AltText = altText, Contents = contents };
    }

    private FlexBubble? ReadBubble()
    {
        if (!BeginObject("a bubble"))
        {
            return null;
        }

        var bubble = new FlexBubble();
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "type": ReadFixedType(FlexBubble.WireType, "container (LINE notifications carry a single bubble)"); break;
                case "size": bubble = bubble with { Size = ReadEnum<BubbleSize>() }; break;
                case "direction": bubble = bubble with { Direction = ReadEnum<BubbleDirection>() }; break;
                case "header": bubble = bubble with { Header = ReadBlock() }; break;
                case "body": bubble = bubble with { Body = ReadBlock() }; break;
                case "footer": bubble = bubble with { Footer = ReadBlock() }; break;
                case "style": bubble = bubble with { Style = ReadBubbleStyles() }; break;
                case "action": bubble = bubble with { Action = ReadAction() }; break;
                default: UnknownProperty(name, "a BUBBLE", "type, size, direction, header, body, footer, style, action"); break;
            }
        }

        return bubble;
    }

    private FlexBox? ReadBlock() => ReadComponentOf<FlexBox>("BOX");

    private BubbleStyles? ReadBubbleStyles()
    {
        if (!BeginObject("the bubble's style"))
        {
            return null;
        }

        BlockStyle? header = null, body = null, footer = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "header": header = ReadBlockStyle(); break;
                case "body": body = ReadBlockStyle(); break;
                case "footer": footer = ReadBlockStyle(); break;
                default: UnknownProperty(name, "a bubble's style", "header, body, footer"); break;
            }
        }

        return new BubbleStyles { Header = header, Body = body, Footer = footer };
    }

    private BlockStyle? ReadBlockStyle()
    {
        if (!BeginObject("a block style"))
        {
            return null;
        }

        var style = new BlockStyle();
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "backgroundColor": style = style with { BackgroundColor = Color(ReadString()) }; break;
                case "separator": style = style with { Separator = ReadBool() }; break;
                case "separatorColor": style = style with { SeparatorColor = Color(ReadString()) }; break;
                default: UnknownProperty(name, "a block style", "backgroundColor, separator, separatorColor"); break;
            }
        }

        return style;
    }

    // ---- message options and webhooks --------------------------------------------------------

    private MessageOptions? ReadMessageOptions()
    {
        if (!BeginObject("message options"))
        {
            return null;
        }

        var options = new MessageOptions();
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "platform": options = options with { Platform = ReadPlatform() }; break;
                case "validityPeriod": options = options with { ValidityPeriod = ReadValidityPeriod() }; break;
                case "deliveryTimeWindow": options = options with { DeliveryTimeWindow = ReadTimeWindow() }; break;
                case "campaignReferenceId": options = options with { CampaignReferenceId = ReadString() }; break;
                case "smsFailover": options = options with { SmsFailover = ReadSmsFailover() }; break;
                default:
                    UnknownProperty(name, "message options", "platform, validityPeriod, deliveryTimeWindow, campaignReferenceId, smsFailover");
                    break;
            }
        }

        return options;
    }

    private PlatformOptions? ReadPlatform()
    {
        if (!BeginObject("platform options"))
        {
            return null;
        }

        string? entityId = null, applicationId = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "entityId": entityId = ReadString(); break;
                case "applicationId": applicationId = ReadString(); break;
                default: UnknownProperty(name, "platform options", "entityId, applicationId"); break;
            }
        }

        return new PlatformOptions { EntityId = entityId, ApplicationId = applicationId };
    }

    private ValidityPeriod? ReadValidityPeriod()
    {
        if (!BeginObject("a validity period"))
        {
            return null;
        }

        int? amount = null;
        ValidityPeriodTimeUnit? unit = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "amount": amount = ReadInt(); break;
                case "timeUnit": unit = ReadEnum<ValidityPeriodTimeUnit>(); break;
                default: UnknownProperty(name, "a validity period", "amount, timeUnit"); break;
            }
        }

        return new ValidityPeriod { Amount = amount, TimeUnit = unit };
    }

    private DeliveryTimeWindow? ReadTimeWindow()
    {
        if (!BeginObject("a delivery time window"))
        {
            return null;
        }

        ValueList<DeliveryDay>? days = null;
        DeliveryTime? from = null, to = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "days": days = ReadDays(); break;
                case "from": from = ReadTime(); break;
                case "to": to = ReadTime(); break;
                default: UnknownProperty(name, "a delivery time window", "days, from, to"); break;
            }
        }

        return new DeliveryTimeWindow { Days = days, From = from, To = to };
    }

    private ValueList<DeliveryDay>? ReadDays()
    {
        if (_reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonToken.StartArray)
        {
            Fail($"Expected an array of days ({WireEnum<DeliveryDay>.Expected}), but found {Describe(_reader.TokenType)}.");
        }

        var days = new List<DeliveryDay>(7);
        while (true)
        {
            Next("a day or the end of the array");
            if (_reader.TokenType == JsonToken.EndArray)
            {
                return ValueList.From(days);
            }

            if (_reader.TokenType != JsonToken.String)
            {
                Fail($"Expected a day ({WireEnum<DeliveryDay>.Expected}), but found {Describe(_reader.TokenType)}.");
            }

            days.Add(Word<DeliveryDay>((string)_reader.Value!));
        }
    }

    private DeliveryTime? ReadTime()
    {
        if (!BeginObject("a time of day"))
        {
            return null;
        }

        int? hour = null, minute = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "hour": hour = ReadInt(); break;
                case "minute": minute = ReadInt(); break;
                default: UnknownProperty(name, "a time of day", "hour, minute"); break;
            }
        }

        return new DeliveryTime { Hour = hour, Minute = minute };
    }

    private SmsFailover? ReadSmsFailover()
    {
        if (!BeginObject("an SMS failover"))
        {
            return null;
        }

        var failover = new SmsFailover();
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "sender": failover = failover with { Sender = ReadString() }; break;
                case "text": failover = failover with { Text = ReadString() }; break;
                case "validityPeriod": failover = failover with { ValidityPeriod = ReadValidityPeriod() }; break;
                case "regional": failover = failover with { Regional = ReadRegional() }; break;
                default: UnknownProperty(name, "an SMS failover", "sender, text, validityPeriod, regional"); break;
            }
        }

        return failover;
    }

    private RegionalOptions? ReadRegional()
    {
        if (!BeginObject("regional options"))
        {
            return null;
        }

        var regional = new RegionalOptions();
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "indiaDlt": regional = regional with { IndiaDlt = ReadIndiaDlt() }; break;
                case "turkeyIys": regional = regional with { TurkeyIys = ReadTurkeyIys() }; break;
                case "southKorea": regional = regional with { SouthKorea = ReadSouthKorea() }; break;
                default: UnknownProperty(name, "regional options", "indiaDlt, turkeyIys, southKorea"); break;
            }
        }

        return regional;
    }

    private IndiaDltOptions? ReadIndiaDlt()
    {
        if (!BeginObject("India DLT options"))
        {
            return null;
        }

        var india = new IndiaDltOptions();
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "contentTemplateId": india = india with { ContentTemplateId = ReadString() }; break;
                case "principalEntityId": india = india with { PrincipalEntityId = ReadString() }; break;
                case "telemarketerId": india = india with { TelemarketerId = ReadString() }; break;
                default: UnknownProperty(name, "India DLT options", "contentTemplateId, principalEntityId, telemarketerId"); break;
            }
        }

        return india;
    }

    private TurkeyIysOptions? ReadTurkeyIys()
    {
        if (!BeginObject("Turkey IYS options"))
        {
            return null;
        }

        var turkey = new TurkeyIysOptions();
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "brandCode": turkey = turkey with { BrandCode = ReadInt() }; break;
                case "recipientType": turkey = turkey with { RecipientType = ReadEnum<RecipientType>() }; break;
                default: UnknownProperty(name, "Turkey IYS options", "brandCode, recipientType"); break;
            }
        }

        return turkey;
    }

    private SouthKoreaOptions? ReadSouthKorea()
    {
        if (!BeginObject("South Korea options"))
        {
            return null;
        }

        var korea = new SouthKoreaOptions();
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "title": korea = korea with { Title = ReadString() }; break;
                case "resellerCode": korea = korea with { ResellerCode = ReadInt() }; break;
                default: UnknownProperty(name, "South Korea options", "title, resellerCode"); break;
            }
        }

        return korea;
    }

    private MessageWebhooks? ReadWebhooks()
    {
        if (!BeginObject("webhooks"))
        {
            return null;
        }

        var webhooks = new MessageWebhooks();
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "delivery": webhooks = webhooks with { Delivery = ReadDeliveryWebhook() }; break;
                case "contentType": webhooks = webhooks with { ContentType = ReadString() }; break;
                case "callbackData": webhooks = webhooks with { CallbackData = ReadString() }; break;
                default: UnknownProperty(name, "webhooks", "delivery, contentType, callbackData"); break;
            }
        }

        return webhooks;
    }

    private DeliveryWebhook? ReadDeliveryWebhook()
    {
        if (!BeginObject("a delivery webhook"))
        {
            return null;
        }

        var delivery = new DeliveryWebhook();
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "url": delivery = delivery with { Url = ReadString() }; break;
                case "intermediateReport": delivery = delivery with { IntermediateReport = ReadBool() }; break;
                case "notify": delivery = delivery with { Notify = ReadBool() }; break;
                default: UnknownProperty(name, "a delivery webhook", "url, intermediateReport, notify"); break;
            }
        }

        return delivery;
    }
}
