using FluentValidation;

namespace LineFlex;

/// <summary>Validates a time of day.</summary>
internal sealed class DeliveryTimeValidator : AbstractValidator<DeliveryTime>
{
    public DeliveryTimeValidator() =>
        this.Checks((time, c) =>
        {
            c.Required(FlexRules.HourRequired, "hour", time.Hour);
            c.Between(FlexRules.HourRange, "hour", time.Hour, 0, 23);
            c.Required(FlexRules.MinuteRequired, "minute", time.Minute);
            c.Between(FlexRules.MinuteRange, "minute", time.Minute, 0, 59);
        });
}
