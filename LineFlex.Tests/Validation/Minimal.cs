namespace LineFlex.Tests.Validation;

/// <summary>The smallest valid request, and one-change variations of it.</summary>
internal static class Minimal
{
    public static FlexText Hi { get; } = new() { Text = "Hi" };

    public static FlexImage Photo { get; } = new() { Url = "https://example.com/photo.png" };

    public static FlexIcon Icon { get; } = new() { Url = "https://example.com/icon.png" };

    public static FlexBox Baseline(params FlexComponent[] contents) => new() { Layout = BoxLayout.Baseline, Contents = ValueList.Create<FlexComponent>(contents) };

    public static UriAction Link { get; } = new() { Label = "Open", Uri = "https://example.com/open" };

    public static LineRequest Request() => new()
    {
        Messages =
        [
            new LineMessage
            {
                Sender = "OFFICIAL-ACCOUNT-ID-123",
                Destinations = [new LineDestination { To = "66855538125" }],
                Content = new LineNotificationContent
                {
                    AltText = "Hi",
                    Contents = new FlexBubble { Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = [Hi] } },
                },
            },
        ],
    };

    public static LineRequest WithMessage(Func<LineMessage, LineMessage> change)
    {
        var request = Request();
        return request with { Messages = [change(request.Messages![0])] };
    }

    public static LineRequest WithContent(Func<LineNotificationContent, LineNotificationContent> change) =>
        WithMessage(m => m with { Content = change(m.Content!) });

    public static LineRequest WithBubble(Func<FlexBubble, FlexBubble> change) =>
        WithContent(c => c with { Contents = change(c.Contents!) });

    public static LineRequest WithBlock(Func<FlexBox, FlexBox> change) =>
        WithBubble(b => b with { Body = change(b.Body!) });

    public static LineRequest WithBody(params FlexComponent[] contents) =>
        WithBlock(b => b with { Contents = ValueList.Create<FlexComponent>(contents) });

    public static LineRequest WithOptions(MessageOptions options) => WithMessage(m => m with { Options = options });

    public static LineRequest WithRegional(RegionalOptions regional) =>
        WithOptions(new MessageOptions { SmsFailover = new SmsFailover { Text = "Shipped.", Regional = regional } });

    public static LineRequest WithWindow(DeliveryTimeWindow window) => WithOptions(new MessageOptions { DeliveryTimeWindow = window });

    public static LineRequest WithSchedule(ScheduleOptions schedule) => Request() with { Options = new RequestOptions { Schedule = schedule } };

    public static DeliveryTime At(int hour, int minute) => new() { Hour = hour, Minute = minute };

    public static DeliveryTimeWindow Monday(DeliveryTime? from, DeliveryTime? to) => new() { Days = [DeliveryDay.Monday], From = from, To = to };
}
