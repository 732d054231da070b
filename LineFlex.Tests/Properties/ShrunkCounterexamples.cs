namespace LineFlex.Tests.Properties;

/// <summary>The trees the property tests once shrank a failure to, kept as plain tests so they stay fixed.</summary>
public sealed class ShrunkCounterexamples
{
    [Test]
    public void A_sendAt_with_sub_millisecond_digits_round_trips()
    {
        // Shrunk from "A random request serializes ...": the writer kept milliseconds only, so the parsed time differed.
        var sendAt = new DateTimeOffset(2053, 9, 17, 20, 16, 28, TimeSpan.FromHours(-4)).AddTicks(1_612_345);
        var request = new LineRequest { Options = new RequestOptions { Schedule = new ScheduleOptions { SendAt = sendAt } } };

        Assert.That(() => RoundTripProperties.RoundTrips(request), Throws.Nothing);
    }
}
