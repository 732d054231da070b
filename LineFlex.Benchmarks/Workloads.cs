using LineFlex.Cli.Demo;

namespace LineFlex.Benchmarks;

/// <summary>The data every benchmark works on, built the same way for LineFlex and its baselines.</summary>
public static class Workloads
{
    /// <summary>The seed page's request, built with the builder.</summary>
    public static LineRequest SeedRequest() => PurchaseComplete.Request();

    /// <summary>The seed request's wire JSON.</summary>
    public static string SeedJson { get; } = FlexJson.Serialize(SeedRequest());

    /// <summary>A request whose bubble body holds <paramref name="rows"/> horizontal rows of two texts each.</summary>
    public static LineRequest Rows(int rows) =>
        Flex.Request()
            .Message(m => m
                .Sender("OFFICIAL-ACCOUNT-ID-123")
                .To("66855538125")
                .AltText("Your receipt")
                .Bubble(b => b.Body(body =>
                {
                    for (var i = 0; i < rows; i++)
                    {
                        body.Horizontal(row => row
                            .Text($"Item {i}", t => t.Color("#555555").Flex(3))
                            .Text($"{i}.00", t => t.Align(FlexAlign.End).Bold().Flex(1)));
                    }
                })))
            .Build();

    /// <summary>
    /// The request of <see cref="Rows"/> made directly with the records' initializers, without a builder or a lambda:
    /// what the tree itself costs to make, the floor under any builder of this model.
    /// </summary>
    public static LineRequest RowsFromRecords(int rows)
    {
        var items = new FlexComponent[rows];
        for (var i = 0; i < rows; i++)
        {
            items[i] = new FlexBox
            {
                Layout = BoxLayout.Horizontal,
                Contents =
                [
                    new FlexText { Text = $"Item {i}", Flex = 3, Color = "#555555" },
                    new FlexText { Text = $"{i}.00", Flex = 1, Align = FlexAlign.End, Weight = FontWeight.Bold },
                ],
            };
        }

        return new LineRequest
        {
            Messages =
            [
                new LineMessage
                {
                    Sender = "OFFICIAL-ACCOUNT-ID-123",
                    Destinations = [new LineDestination { To = "66855538125" }],
                    Content = new LineNotificationContent
                    {
                        AltText = "Your receipt",
                        Contents = new FlexBubble { Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = ValueList.Create<FlexComponent>(items) } },
                    },
                },
            ],
        };
    }

    /// <summary>One message of a bulk, addressed to its own phone number and message id.</summary>
    public static LineMessage BulkMessage(int i) =>
        Flex.Message()
            .Sender("OFFICIAL-ACCOUNT-ID-123")
            .To($"668555{i % 100_000:D5}", messageId: $"bulk-{i}")
            .AltText(PurchaseComplete.Thanks)
            .Bubble(PurchaseComplete.Bubble())
            .Build();
}
