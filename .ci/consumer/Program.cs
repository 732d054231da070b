using LineFlex;
using LineFlex.Sandbox;

// Builds a notification, validates it, writes it to the file named by the first argument, and sends it to a
// sandbox: what an app does with the packages, from a feed.
LineRequest request = Flex.Request()
    .Message(m => m
        .Sender("OFFICIAL-ACCOUNT-ID-123")
        .To("66855538125", messageId: "consumer-1")
        .AltText("Your order has shipped.")
        .Bubble(b => b
            .Body(body => body
                .Text("Your order has shipped.", t => t.Size("lg").Wrap())
                .Horizontal(row => row
                    .Text("Tracking", t => t.Color("#888888"))
                    .Text("JP123456789", t => t.Align(FlexAlign.End))))))
    .Build();

FlexValidator.Default.EnsureValid(request);
File.WriteAllText(args[0], FlexJson.Serialize(request, indented: true));

await using var sandbox = await SandboxServer.StartAsync();
using var client = new LineFlexClient(sandbox.BaseUrl.ToString(), "consumer-key");
SendResult sent = await client.SendAsync(request);
Console.WriteLine($"sent: bulk {sent.BulkId}, message {sent.Messages[0].MessageId}, {sent.Messages[0].Status?.GroupName}");
return sent.Messages.Count == 1 ? 0 : 1;
