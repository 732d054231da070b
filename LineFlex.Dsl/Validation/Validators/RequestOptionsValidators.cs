using FluentValidation;

namespace LineFlex;

// The rules of the request's options.

/// <summary>Validates the request's <c>options</c>.</summary>
internal sealed class RequestOptionsValidator : AbstractValidator<RequestOptions>
{
    public RequestOptionsValidator(TimeProvider clock) => RuleFor(x => x.Schedule).SetValidator(new ScheduleValidator(clock)!);
}

/// <summary>Validates <c>options.schedule</c>; the clock is injected so the 180-day horizon is testable.</summary>
internal sealed class ScheduleValidator : AbstractValidator<ScheduleOptions>
{
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(180);

    public ScheduleValidator(TimeProvider clock)
    {
        this.Checks((schedule, c) =>
        {
            c.MaxChars(FlexRules.BulkIdLength, "bulkId", schedule.BulkId, 100);
            if (schedule.SendAt is { } sendAt && sendAt - clock.GetUtcNow() is var ahead && ahead > Horizon)
            {
                c.Fail(FlexRules.SendAtHorizon, "sendAt", $"sendAt is {ahead.TotalDays:0.#} days ahead; the limit is 180 days.", sendAt);
            }
        });
        RuleFor(x => x.SendingSpeedLimit).SetValidator(new SendingSpeedLimitValidator()!);
    }
}

/// <summary>Validates <c>options.schedule.sendingSpeedLimit</c>.</summary>
internal sealed class SendingSpeedLimitValidator() : NodeValidator<SendingSpeedLimit>((limit, c) =>
{
    c.Required(FlexRules.SpeedLimitAmountRequired, "amount", limit.Amount);
    c.AtLeast(FlexRules.SpeedLimitAmountRange, "amount", limit.Amount, 1);
    c.WellFormed(limit);
});
