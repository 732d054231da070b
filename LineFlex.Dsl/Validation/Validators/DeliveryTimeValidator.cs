using FluentValidation;

namespace LineFlex;

/// <summary>Validates a time of day.</summary>
internal sealed class DeliveryTimeValidator : AbstractValidator<DeliveryTime>
{
    public DeliveryTimeValidator()
    {
        RuleFor(x => x.Hour).RequiredValue(FlexRules.HourRequired, "hour");
        RuleFor(x => x.Hour).Between(FlexRules.HourRange, "hour", 0, 23);
        RuleFor(x => x.Minute).RequiredValue(FlexRules.MinuteRequired, "minute");
        RuleFor(x => x.Minute).Between(FlexRules.MinuteRange, "minute", 0, 59);
    }
}
