namespace LineFlex.Sandbox;

/// <summary>A due report that goes to the message's delivery webhook instead of the pull queue.</summary>
/// <param name="Url">The message's <c>webhooks.delivery.url</c>.</param>
/// <param name="AsXml">Whether <c>webhooks.contentType</c> asked for <c>application/xml</c>.</param>
/// <param name="Report">The report to post.</param>
internal sealed record WebhookDelivery(Uri Url, bool AsXml, DeliveredReport Report);
