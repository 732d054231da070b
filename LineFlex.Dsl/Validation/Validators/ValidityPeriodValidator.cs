using FluentValidation;

namespace LineFlex;

/// <summary>Validates a <c>validityPeriod</c>, warning when Infobip would cut it to 48 hours.</summary>
internal sealed class ValidityPeriodValidator : AbstractValidator<ValidityPeriod>
{
    public const double LongestHours = 48;

    public ValidityPeriodValidator()
    {
        RuleFor(x => x.Amount).RequiredValue(FlexRules.ValidityAmountRequired, "amount");
        RuleFor(x => x.Amount).AtLeast(FlexRules.ValidityAmountRange, "amount", 1);
        RuleFor(x => x.TimeUnit).Defined("timeUnit");
        RuleFor(x => x.Amount)
            .Must((period, _) => Hours(period) is not { } hours || hours <= LongestHours)
            .WithMessage((period, _) =>
                $"The validity period is {Hours(period):0.##} hours; Infobip cuts anything over 48 hours to 48 hours.")
            .As(FlexRules.ValidityOver48Hours);
    }

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
