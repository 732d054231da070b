using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>options.schedule.sendingSpeedLimit</c>.</summary>
internal sealed class SendingSpeedLimitValidator : AbstractValidator<SendingSpeedLimit>
{
    public SendingSpeedLimitValidator()
    {
        RuleFor(x => x.Amount).RequiredValue(FlexRules.SpeedLimitAmountRequired, "amount");
        RuleFor(x => x.Amount).AtLeast(FlexRules.SpeedLimitAmountRange, "amount", 1);
        RuleFor(x => x.TimeUnit).Defined("timeUnit");
    }
}
