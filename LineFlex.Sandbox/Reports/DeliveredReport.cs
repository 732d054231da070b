using System.Xml.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Sandbox;

/// <summary>
/// The DELIVERED report of one accepted message, as <c>GET /line/1/reports</c> returns it and a delivery
/// webhook receives it (Infobip's <c>DeliveryReports</c> result). The sandbox writes it, and every report it writes
/// is a delivery; a client reads any report, of any status, as LineFlex.Transport's <c>DeliveryReport</c>.
/// </summary>
internal sealed record DeliveredReport(
    string BulkId,
    string MessageId,
    string To,
    string? Sender,
    DateTimeOffset SentAt,
    DateTimeOffset DoneAt,
    string? CallbackData,
    string? CampaignReferenceId,
    string? EntityId,
    string? ApplicationId)
{
    /// <summary>The made-up network the message went through, by the destination's country code.</summary>
    public SandboxNetwork Network => SandboxNetwork.Of(To);

    /// <summary>The report of <paramref name="message"/>, delivered at <paramref name="doneAt"/>.</summary>
    public static DeliveredReport Of(AcceptedMessage message, DateTimeOffset doneAt)
    {
        var options = message.Message.Options;
        return new DeliveredReport(
            message.BulkId,
            message.MessageId,
            message.To,
            message.Message.Sender,
            message.AcceptedAt,
            doneAt,
            message.Message.Webhooks?.CallbackData,
            options?.CampaignReferenceId,
            options?.Platform?.EntityId,
            options?.Platform?.ApplicationId);
    }

    /// <summary><c>{"results":[..]}</c>, the JSON form of a batch of reports.</summary>
    public static string ToJson(IEnumerable<DeliveredReport> reports) =>
        new JObject { ["results"] = new JArray(reports.Select(r => r.ToJObject())) }.ToString(Formatting.None);

    /// <summary>
    /// <c>&lt;DeliveryReports&gt;&lt;results&gt;&lt;result&gt;..&lt;/result&gt;&lt;/results&gt;&lt;/DeliveryReports&gt;</c>,
    /// the XML form of a batch: every JSON property becomes an element of the same name, objects nest.
    /// </summary>
    public static string ToXml(IEnumerable<DeliveredReport> reports) =>
        WireXml.Render(new XElement("DeliveryReports", new XElement("results", reports.Select(r => r.ToXElement()))));

    /// <summary>One result, properties in Infobip's order; unset optional ones are left out.</summary>
    public JObject ToJObject()
    {
        var result = new JObject
        {
            ["bulkId"] = BulkId,
            ["messageId"] = MessageId,
            ["to"] = To,
        };
        AddIfSet(result, "sender", Sender);
        result["sentAt"] = WireTime.Format(SentAt);
        result["doneAt"] = WireTime.Format(DoneAt);
        result["messageCount"] = 1;
        result["mccMnc"] = Network.MccMnc;
        AddIfSet(result, "callbackData", CallbackData);
        AddIfSet(result, "campaignReferenceId", CampaignReferenceId);
        result["price"] = new JObject { ["pricePerMessage"] = 0.0, ["currency"] = "EUR" };
        result["status"] = new JObject
        {
            ["groupId"] = 3,
            ["groupName"] = "DELIVERED",
            ["id"] = 5,
            ["name"] = "DELIVERED_TO_HANDSET",
            ["description"] = "Message delivered to handset",
        };
        result["error"] = new JObject
        {
            ["groupId"] = 0,
            ["groupName"] = "OK",
            ["id"] = 0,
            ["name"] = "NO_ERROR",
            ["description"] = "No Error",
            ["permanent"] = false,
        };
        if (EntityId is not null || ApplicationId is not null)
        {
            var platform = new JObject();
            AddIfSet(platform, "entityId", EntityId);
            AddIfSet(platform, "applicationId", ApplicationId);
            result["platform"] = platform;
        }

        return result;
    }

    /// <summary>One <c>&lt;result&gt;</c>: the JSON form's properties as elements, in the same order.</summary>
    public XElement ToXElement() => ToElement("result", ToJObject());

    private static XElement ToElement(string name, JObject json) =>
        new(name, json.Properties().Select(p => p.Value is JObject child
            ? ToElement(p.Name, child)
            : new XElement(p.Name, XmlText((JValue)p.Value))));

    private static string XmlText(JValue value) => value.Type switch
    {
        JTokenType.Boolean => (bool)value! ? "true" : "false",
        JTokenType.Float => value.ToString(Formatting.None),
        _ => Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static void AddIfSet(JObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
