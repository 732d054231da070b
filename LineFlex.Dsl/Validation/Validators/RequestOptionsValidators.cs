namespace LineFlex;

// The rules of the request's options.

/// <summary>Validates the request's <c>options</c>.</summary>
internal sealed class RequestOptionsValidator : FluentValidation.AbstractValidator<RequestOptions>
{
    public RequestOptionsValidator(TimeProvider clock) => this.Checks((options, c) => Check(options, c, clock));

    public static void Check<T>(RequestOptions options, NodeChecks<T> c, TimeProvider clock)
    {
        if (options.Schedule is { } schedule)
        {
            ScheduleValidator.Check(schedule, c.Below("schedule"), clock);
        }
    }
}

/// <summary>Validates <c>options.schedule</c>; the clock is injected so the 180-day horizon is testable.</summary>
internal sealed class ScheduleValidator : FluentValidation.AbstractValidator<ScheduleOptions>
{
    public ScheduleValidator(TimeProvider clock) => this.Checks((schedule, c) => Check(schedule, c, clock));

    public static void Check<T>(ScheduleOptions schedule, NodeChecks<T> c, TimeProvider clock)
    {
        c.MaxChars(FlexRules.BulkIdLength, "bulkId", schedule.BulkId);
        if (schedule.SendAt is { } sendAt && sendAt - clock.GetUtcNow() is var ahead && ahead > TimeSpan.FromDays(FlexRules.SendAtHorizon.Max))
        {
            c.Fail(FlexRules.SendAtHorizon, "sendAt", $"sendAt is {ahead.TotalDays:0.#} days ahead; the limit is {FlexRules.SendAtHorizon.Max} days.", sendAt);
        }

        c.Child(schedule.SendingSpeedLimit, "sendingSpeedLimit", SendingSpeedLimitValidator.Check);
    }
}

/// <summary>Validates <c>options.schedule.sendingSpeedLimit</c>.</summary>
internal sealed class SendingSpeedLimitValidator() : NodeValidator<SendingSpeedLimit>(Check)
{
    public static void Check<T>(SendingSpeedLimit limit, NodeChecks<T> c)
    {
        c.RequiredAtLeast(FlexRules.SpeedLimitAmountRequired, FlexRules.SpeedLimitAmountRange, "amount", limit.Amount);
        c.WellFormed(limit);
    }
}
