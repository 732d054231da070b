namespace LineFlex.Tests.Transport.Parsing;

/// <summary>Delivery report bodies shared by the JSON and XML fixtures.</summary>
internal static class DeliveryReportSamples
{
    /// <summary>The example of the reference's "Delivery report" section, with its placeholders filled in.</summary>
    public const string ReferenceJson = """
        {"results":[{"bulkId":"2034072219640523072","messageId":"2250be2d4219-3af1-78856-aabe-1362af1edfd2","to":"66855538125","sender":"LineSender",
          "sentAt":"2023-09-26T10:52:15.457+0000","doneAt":"2023-09-26T10:52:15.799+0000",
          "messageCount":1,"mccMnc":"22801","callbackData":"order-42","campaignReferenceId":"spring-sale",
          "price":{"pricePerMessage":0.15,"currency":"EUR"},
          "status":{"groupId":3,"groupName":"DELIVERED","id":5,"name":"DELIVERED_TO_HANDSET","description":"Message delivered to handset"},
          "error":{"groupId":0,"groupName":"OK","id":0,"name":"NO_ERROR","description":"No Error","permanent":false},
          "platform":{"entityId":"shop","applicationId":"notifications"}}]}
        """;

    /// <summary>The same report in the XML form Infobip posts when the webhook content type is application/xml.</summary>
    public const string ReferenceXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <DeliveryReports>
          <results>
            <result>
              <bulkId>2034072219640523072</bulkId>
              <messageId>2250be2d4219-3af1-78856-aabe-1362af1edfd2</messageId>
              <to>66855538125</to>
              <sender>LineSender</sender>
              <sentAt>2023-09-26T10:52:15.457+0000</sentAt>
              <doneAt>2023-09-26T10:52:15.799+0000</doneAt>
              <messageCount>1</messageCount>
              <mccMnc>22801</mccMnc>
              <callbackData>order-42</callbackData>
              <campaignReferenceId>spring-sale</campaignReferenceId>
              <price><pricePerMessage>0.15</pricePerMessage><currency>EUR</currency></price>
              <status>
                <groupId>3</groupId>
                <groupName>DELIVERED</groupName>
                <id>5</id>
                <name>DELIVERED_TO_HANDSET</name>
                <description>Message delivered to handset</description>
              </status>
              <error>
                <groupId>0</groupId>
                <groupName>OK</groupName>
                <id>0</id>
                <name>NO_ERROR</name>
                <description>No Error</description>
                <permanent>false</permanent>
              </error>
              <platform><entityId>shop</entityId><applicationId>notifications</applicationId></platform>
            </result>
          </results>
        </DeliveryReports>
        """;

    /// <summary>What both reference bodies hold.</summary>
    public static DeliveryReport ReferenceReport => new()
    {
        BulkId = "2034072219640523072",
        MessageId = "2250be2d4219-3af1-78856-aabe-1362af1edfd2",
        To = "66855538125",
        Sender = "LineSender",
        SentAt = new DateTimeOffset(2023, 9, 26, 10, 52, 15, 457, TimeSpan.Zero),
        DoneAt = new DateTimeOffset(2023, 9, 26, 10, 52, 15, 799, TimeSpan.Zero),
        MessageCount = 1,
        MccMnc = "22801",
        CallbackData = "order-42",
        CampaignReferenceId = "spring-sale",
        Price = new DeliveryPrice { PricePerMessage = 0.15m, Currency = "EUR" },
        Status = new DeliveryStatus
        {
            GroupId = 3, GroupName = "DELIVERED", Id = 5, Name = "DELIVERED_TO_HANDSET", Description = "Message delivered to handset",
        },
        Error = new DeliveryError
        {
            GroupId = 0, GroupName = "OK", Id = 0, Name = "NO_ERROR", Description = "No Error", Permanent = false,
        },
        Platform = new DeliveryPlatform { EntityId = "shop", ApplicationId = "notifications" },
    };
}
