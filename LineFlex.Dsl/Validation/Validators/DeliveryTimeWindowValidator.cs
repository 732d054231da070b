using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>options.deliveryTimeWindow</c>.</summary>
internal sealed class DeliveryTimeWindowValidator : AbstractValidator<DeliveryTimeWindow>
{
    public DeliveryTimeWindowValidator()
    {
        var time = new DeliveryTimeValidator();
        RuleFor(x => x.Days).NotEmptyList(FlexRules.DaysRequired, "days");
        RuleForEach(x => x.Days).Must(day => Enum.IsDefined(day))
            .WithMessage((_, day) => $"{(int)day} is not a DeliveryDay; use one of {WireEnum<DeliveryDay>.Expected}.")
            .As(FlexRules.EnumDefined);
        RuleFor(x => x.From).SetValidator(time!);
        RuleFor(x => x.To).SetValidator(time!);
        RuleFor(x => x.From)
            .Must((window, from) => from is not null || window.To is null)
            .WithMessage("to is set but from is not; set both from and to, or neither.")
            .As(FlexRules.DeliveryWindowPair);
        RuleFor(x => x.To)
            .Must((window, to) => to is not null || window.From is null)
            .WithMessage("from is set but to is not; set both from and to, or neither.")
            .As(FlexRules.DeliveryWindowPair);
        RuleFor(x => x.To)
            .Must((window, to) => MinutesOpen(window.From, to) is not { } minutes || minutes >= 60)
            .WithMessage((window, to) => $"The window is open {MinutesOpen(window.From, to)} minutes; from and to must be at least an hour apart.")
            .As(FlexRules.DeliveryWindowSpan);
    }

    /// <summary>Minutes from <paramref name="from"/> forward to <paramref name="to"/>, past midnight if need be; null when either is incomplete.</summary>
    internal static int? MinutesOpen(DeliveryTime? from, DeliveryTime? to)
    {
        if (from is not { Hour: { } fromHour, Minute: { } fromMinute } || to is not { Hour: { } toHour, Minute: { } toMinute })
        {
            return null;
        }

        return ((((toHour * 60) + toMinute) - ((fromHour * 60) + fromMinute)) % 1440 + 1440) % 1440;
    }
}
