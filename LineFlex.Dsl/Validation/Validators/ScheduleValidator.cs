using FluentValidation;

namespace LineFlex;

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
