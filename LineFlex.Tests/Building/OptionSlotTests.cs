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

    [Test]
    public void A_second_slot_call_throws_before_its_lambda_runs()
    {
        var message = Flex.Message().DeliveryTimeWindow(w => w.Weekdays()).SmsFailover("a");
        var ran = false;

        var window = Assert.Throws<InvalidOperationException>(() => message.DeliveryTimeWindow(_ => ran = true))!;
        var failover = Assert.Throws<InvalidOperationException>(() => message.SmsFailover("b", _ => ran = true))!;

        Assert.Multiple(() =>
        {
            Assert.That(ran, Is.False);
            Assert.That(window.Message, Is.EqualTo("Message.DeliveryTimeWindow was already set. Call DeliveryTimeWindow(...) once and set every day inside it."));
            Assert.That(failover.Message, Is.EqualTo("Message.SmsFailover was already set. A message has one failover SMS; call SmsFailover(...) once."));
        });
    }

    [Test]
    public void A_null_lambda_or_text_names_its_parameter()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentNullException>(() => Flex.Message().Webhooks(null!))!.ParamName, Is.EqualTo("webhooks"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => Flex.Message().DeliveryTimeWindow(null!))!.ParamName, Is.EqualTo("window"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => Flex.Message().SmsFailover(null!))!.ParamName, Is.EqualTo("text"));
        });
    }
}
