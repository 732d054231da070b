using FluentValidation;

namespace LineFlex;

/// <summary>Validates a <c>validityPeriod</c>, warning when Infobip would cut it to 48 hours.</summary>
internal sealed class ValidityPeriodValidator : AbstractValidator<ValidityPeriod>
{
    public const double LongestHours = 48;

    public ValidityPeriodValidator() =>
        this.Checks((period, c) =>
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
        });

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
