namespace LineFlex.Tests.Transport.Client;

/// <summary>Options and bodies shared by the client tests.</summary>
internal static class TransportTestData
{
    public const string ApiKey = "test-api-key-3f9c2a7e5d";
    public const string BaseUrl = "https://lineflex-test.api.infobip.com";

    public const string AcceptedBody = """
        {"bulkId":"2034072219640523072","messages":[{"messageId":"2250be2d4219-3af1-78856-aabe-1362af1edfd2","status":{"groupId":1,"groupName":"PENDING","id":7,"name":"PENDING_ENROUTE","description":"Message sent to next instance"},"destination":"66855538125"}]}
        """;

    public static LineFlexOptions Options(Action<LineFlexOptions>? change = null)
    {
        var options = new LineFlexOptions
        {
            BaseUrl = BaseUrl,
            ApiKey = ApiKey,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromSeconds(5),
            AttemptTimeout = TimeSpan.FromSeconds(10),
            OverallTimeout = TimeSpan.FromSeconds(60),
        };
        change?.Invoke(options);
        return options;
    }

    public static LineRequest Request() => LineFlex.Cli.Demo.PurchaseComplete.Request();

    /// <summary>A small message numbered <paramref name="i"/>: its destination and messageId (<c>bulk-i</c>) tell it apart in a bulk.</summary>
    public static LineMessage BulkMessage(int i) =>
        Flex.Message()
            .Sender("OFFICIAL-ACCOUNT-ID-123")
            .To($"668555{i:D5}", messageId: $"bulk-{i}")
            .AltText($"Order {i} has shipped.")
            .Bubble(b => b.Body(body => body.Text($"Order {i} has shipped.")))
            .Build();
}
