namespace LineFlex;

/// <summary>Builds a <see cref="LineFlex.DeliveryTimeWindow"/>: days, and optionally UTC hours.</summary>
public sealed partial class DeliveryTimeWindowBuilder : IFlexBuilder
{
    // The state is one field per property of DeliveryTimeWindow, generated (DeliveryTimeWindowBuilder.g.cs).
    internal DeliveryTimeWindowBuilder()
    {
    }

    /// <summary>Adds days on which delivery may happen.</summary>
    public DeliveryTimeWindowBuilder Days(params DeliveryDay[] days)
    {
        ArgumentNullException.ThrowIfNull(days);
        _days.AddRange(days);
        return this;
    }

    /// <summary>Adds Monday to Friday.</summary>
    public DeliveryTimeWindowBuilder Weekdays() =>
        Days(DeliveryDay.Monday, DeliveryDay.Tuesday, DeliveryDay.Wednesday, DeliveryDay.Thursday, DeliveryDay.Friday);

    /// <summary>Sets <c>from</c>: when the window opens, in UTC.</summary>
    public DeliveryTimeWindowBuilder From(int hour, int minute)
    {
        _from = new DeliveryTime { Hour = hour, Minute = minute };
        return this;
    }

    /// <summary>Sets <c>to</c>: when the window closes, in UTC.</summary>
    public DeliveryTimeWindowBuilder To(int hour, int minute)
    {
        _to = new DeliveryTime { Hour = hour, Minute = minute };
        return this;
    }

    internal DeliveryTimeWindow Build() => BuildDeliveryTimeWindow();
}
