using FluentValidation;

namespace LineFlex;

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
