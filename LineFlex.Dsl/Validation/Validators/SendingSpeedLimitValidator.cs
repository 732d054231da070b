using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>options.schedule.sendingSpeedLimit</c>.</summary>
internal sealed class SendingSpeedLimitValidator : AbstractValidator<SendingSpeedLimit>
{
    public SendingSpeedLimitValidator() =>
        this.Checks((limit, c) =>
        {
            c.Required(FlexRules.SpeedLimitAmountRequired, "amount", limit.Amount);
            c.AtLeast(FlexRules.SpeedLimitAmountRange, "amount", limit.Amount, 1);
            c.WellFormed(limit);
        });
}
