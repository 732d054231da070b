namespace LineFlex.Tests.Building;

/// <summary>Options built in a lambda are slots: a second call would silently drop parts of the first.</summary>
public class OptionSlotTests
{
    [Test]
    public void Webhooks_called_twice_throws()
    {
        var message = Flex.Message().Webhooks(w => w.Delivery("https://example.com/dlr"));

        var error = Assert.Throws<InvalidOperationException>(() => message.Webhooks(w => w.CallbackData("x")))!;

        Assert.That(error.Message, Does.StartWith("Message.Webhooks was already set."));
    }

    [Test]
    public void Sms_failover_called_twice_throws() =>
        Assert.Throws<InvalidOperationException>(() => Flex.Message().SmsFailover("a").SmsFailover("b"));

    [Test]
    public void Delivery_time_window_called_twice_throws() =>
        Assert.Throws<InvalidOperationException>(() =>
            Flex.Message().DeliveryTimeWindow(w => w.Weekdays()).DeliveryTimeWindow(w => w.Days(DeliveryDay.Sunday)));
}
