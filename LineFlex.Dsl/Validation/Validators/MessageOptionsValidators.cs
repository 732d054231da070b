using FluentValidation;

namespace LineFlex;

// The rules of a message's options.

/// <summary>Validates a message's <c>options</c>.</summary>
internal sealed class MessageOptionsValidator : AbstractValidator<MessageOptions>
{
    public MessageOptionsValidator()
    {
        var validity = new ValidityPeriodValidator();
        this.Checks((options, c) => c.MaxChars(FlexRules.CampaignReferenceIdLength, "campaignReferenceId", options.CampaignReferenceId, 255));
        RuleFor(x => x.Platform).SetValidator(new PlatformValidator()!);
        RuleFor(x => x.ValidityPeriod).SetValidator(validity!);
        RuleFor(x => x.DeliveryTimeWindow).SetValidator(new DeliveryTimeWindowValidator()!);
        RuleFor(x => x.SmsFailover).SetValidator(new SmsFailoverValidator(validity)!);
    }
}

/// <summary>Validates <c>options.platform</c>.</summary>
internal sealed class PlatformValidator() : NodeValidator<PlatformOptions>((platform, c) =>
{
    c.MaxChars(FlexRules.EntityIdLength, "entityId", platform.EntityId, 255);
    c.MaxChars(FlexRules.ApplicationIdLength, "applicationId", platform.ApplicationId, 255);
});

/// <summary>Validates a <c>validityPeriod</c>, warning when Infobip would cut it to 48 hours.</summary>
internal sealed class ValidityPeriodValidator() : NodeValidator<ValidityPeriod>((period, c) =>
{
    c.Required(FlexRules.ValidityAmountRequired, "amount", period.Amount);
    c.AtLeast(FlexRules.ValidityAmountRange, "amount", period.Amount, 1);
    c.WellFormed(period);
    if (Hours(period) is { } hours && hours > LongestHours)
    {
        c.Fail(
            FlexRules.ValidityOver48Hours,
            "amount",
            $"The validity period is {hours:0.##} hours; Infobip cuts anything over 48 hours to 48 hours.",
            period.Amount);
    }
})
{
    public const double LongestHours = 48;

    /// <summary>The period in hours, with Infobip's default unit (minutes); null when it cannot be known. A double never overflows here.</summary>
    internal static double? Hours(ValidityPeriod period) => (period.Amount, period.TimeUnit ?? ValidityPeriodTimeUnit.Minutes) switch
    {
        (null, _) => null,
        (var amount, ValidityPeriodTimeUnit.Seconds) => amount.Value / 3600d,
        (var amount, ValidityPeriodTimeUnit.Minutes) => amount.Value / 60d,
        (var amount, ValidityPeriodTimeUnit.Hours) => amount.Value,
        _ => null,
    };
}

/// <summary>Validates <c>options.deliveryTimeWindow</c>.</summary>
internal sealed class DeliveryTimeWindowValidator : AbstractValidator<DeliveryTimeWindow>
{
    public DeliveryTimeWindowValidator()
    {
        var time = new DeliveryTimeValidator();
        this.Checks((window, c) =>
        {
            c.NotEmptyList(FlexRules.DaysRequired, "days", window.Days);
            c.WellFormed(window);

            if (window.From is null && window.To is not null)
            {
                c.Fail(FlexRules.DeliveryWindowPair, "from", "to is set but from is not; set both from and to, or neither.", null);
            }

            if (window.To is null && window.From is not null)
            {
                c.Fail(FlexRules.DeliveryWindowPair, "to", "from is set but to is not; set both from and to, or neither.", null);
            }

            if (MinutesOpen(window.From, window.To) is { } minutes && minutes < 60)
            {
                c.Fail(FlexRules.DeliveryWindowSpan, "to", $"The window is open {minutes} minutes; from and to must be at least an hour apart.", window.To);
            }
        });
        RuleFor(x => x.From).SetValidator(time!);
        RuleFor(x => x.To).SetValidator(time!);
    }

    /// <summary>Minutes from <paramref name="from"/> forward to <paramref name="to"/>, past midnight if need be; null when either is incomplete.</summary>
    internal static int? MinutesOpen(DeliveryTime? from, DeliveryTime? to)
    {
        if (from is not { Hour: { } fromHour, Minute: { } fromMinute } || to is not { Hour: { } toHour, Minute: { } toMinute })
        {
            return null;
        }

        // Long arithmetic: extreme hours or minutes (validated elsewhere) must not overflow here.
        return (int)((((((long)toHour * 60) + toMinute) - (((long)fromHour * 60) + fromMinute)) % 1440 + 1440) % 1440);
    }
}

/// <summary>Validates a time of day.</summary>
internal sealed class DeliveryTimeValidator() : NodeValidator<DeliveryTime>((time, c) =>
{
    c.Required(FlexRules.HourRequired, "hour", time.Hour);
    c.Between(FlexRules.HourRange, "hour", time.Hour, 0, 23);
    c.Required(FlexRules.MinuteRequired, "minute", time.Minute);
    c.Between(FlexRules.MinuteRange, "minute", time.Minute, 0, 59);
});

/// <summary>Validates <c>options.smsFailover</c> and its regional parameters.</summary>
internal sealed class SmsFailoverValidator : AbstractValidator<SmsFailover>
{
    public SmsFailoverValidator(ValidityPeriodValidator validity)
    {
        this.Checks((failover, c) => c.RequiredText(FlexRules.SmsTextRequired, "text", failover.Text));
        RuleFor(x => x.ValidityPeriod).SetValidator(validity!);
        RuleFor(x => x.Regional).SetValidator(new RegionalValidator()!);
    }
}
