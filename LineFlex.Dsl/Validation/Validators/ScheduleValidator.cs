using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>options.schedule</c>; the clock is injected so the 180-day horizon is testable.</summary>
internal sealed class ScheduleValidator : AbstractValidator<ScheduleOptions>
{
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(180);

    public ScheduleValidator(TimeProvider clock)
    {
        RuleFor(x => x.BulkId).MaxChars(FlexRules.BulkIdLength, "bulkId", 100);
        RuleFor(x => x.SendAt)
            .Must(sendAt => sendAt is null || sendAt.Value - clock.GetUtcNow() <= Horizon)
            .WithMessage((_, sendAt) =>
                $"sendAt is {(sendAt!.Value - clock.GetUtcNow()).TotalDays:0.#} days ahead; the limit is 180 days.")
            .As(FlexRules.SendAtHorizon);
        RuleFor(x => x.SendingSpeedLimit).SetValidator(new SendingSpeedLimitValidator()!);
    }
}
