using FluentValidation;

namespace LineFlex;

/// <summary>Validates a message's <c>options</c>.</summary>
internal sealed class MessageOptionsValidator : AbstractValidator<MessageOptions>
{
    public MessageOptionsValidator()
    {
        var validity = new ValidityPeriodValidator();
        RuleFor(x => x.Platform).SetValidator(new PlatformValidator()!);
        RuleFor(x => x.ValidityPeriod).SetValidator(validity!);
        RuleFor(x => x.DeliveryTimeWindow).SetValidator(new DeliveryTimeWindowValidator()!);
        RuleFor(x => x.CampaignReferenceId).MaxChars(FlexRules.CampaignReferenceIdLength, "campaignReferenceId", 255);
        RuleFor(x => x.SmsFailover).SetValidator(new SmsFailoverValidator(validity)!);
    }
}

/// <summary>Validates <c>options.platform</c>.</summary>
internal sealed class PlatformValidator : AbstractValidator<PlatformOptions>
{
    public PlatformValidator()
    {
        RuleFor(x => x.EntityId).MaxChars(FlexRules.EntityIdLength, "entityId", 255);
        RuleFor(x => x.ApplicationId).MaxChars(FlexRules.ApplicationIdLength, "applicationId", 255);
    }
}

/// <summary>Validates a <c>validityPeriod</c>, warning when Infobip would cut it to 48 hours.</summary>
internal sealed class ValidityPeriodValidator : AbstractValidator<ValidityPeriod>
{
    public static readonly TimeSpan Longest = TimeSpan.FromHours(48);

    public ValidityPeriodValidator()
    {
        RuleFor(x => x.Amount).RequiredValue(FlexRules.ValidityAmountRequired, "amount");
        RuleFor(x => x.Amount).AtLeast(FlexRules.ValidityAmountRange, "amount", 1);
        RuleFor(x => x.TimeUnit).Defined("timeUnit");
        RuleFor(x => x.Amount)
            .Must((period, _) => Duration(period) is not { } duration || duration <= Longest)
            .WithMessage((period, _) =>
                $"The validity period is {Duration(period)!.Value.TotalHours:0.##} hours; Infobip cuts anything over 48 hours to 48 hours.")
            .As(FlexRules.ValidityOver48Hours);
    }

    /// <summary>The period as a duration, with Infobip's default unit (minutes); null when it cannot be known.</summary>
    internal static TimeSpan? Duration(ValidityPeriod period) => (period.Amount, period.TimeUnit ?? ValidityPeriodTimeUnit.Minutes) switch
    {
        (null, _) => null,
        (var amount, ValidityPeriodTimeUnit.Seconds) => TimeSpan.FromSeconds(amount.Value),
        (var amount, ValidityPeriodTimeUnit.Minutes) => TimeSpan.FromMinutes(amount.Value),
        (var amount, ValidityPeriodTimeUnit.Hours) => TimeSpan.FromHours(amount.Value),
        _ => null,
    };
}

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

/// <summary>Validates a time of day.</summary>
internal sealed class DeliveryTimeValidator : AbstractValidator<DeliveryTime>
{
    public DeliveryTimeValidator()
    {
        RuleFor(x => x.Hour).RequiredValue(FlexRules.HourRequired, "hour");
        RuleFor(x => x.Hour).Between(FlexRules.HourRange, "hour", 0, 23);
        RuleFor(x => x.Minute).RequiredValue(FlexRules.MinuteRequired, "minute");
        RuleFor(x => x.Minute).Between(FlexRules.MinuteRange, "minute", 0, 59);
    }
}

/// <summary>Validates <c>options.smsFailover</c> and its regional parameters.</summary>
internal sealed class SmsFailoverValidator : AbstractValidator<SmsFailover>
{
    public SmsFailoverValidator(ValidityPeriodValidator validity)
    {
        RuleFor(x => x.Text).RequiredText(FlexRules.SmsTextRequired, "text");
        RuleFor(x => x.ValidityPeriod).SetValidator(validity!);
        RuleFor(x => x.Regional).SetValidator(new RegionalValidator()!);
    }
}

/// <summary>Validates <c>smsFailover.regional</c>.</summary>
internal sealed class RegionalValidator : AbstractValidator<RegionalOptions>
{
    public RegionalValidator()
    {
        RuleFor(x => x.IndiaDlt).SetValidator(new IndiaDltValidator()!);
        RuleFor(x => x.TurkeyIys).SetValidator(new TurkeyIysValidator()!);
        RuleFor(x => x.SouthKorea).SetValidator(new SouthKoreaValidator()!);
    }
}

/// <summary>Validates <c>regional.indiaDlt</c>.</summary>
internal sealed class IndiaDltValidator : AbstractValidator<IndiaDltOptions>
{
    public IndiaDltValidator() => RuleFor(x => x.PrincipalEntityId).RequiredText(FlexRules.PrincipalEntityIdRequired, "principalEntityId");
}

/// <summary>Validates <c>regional.turkeyIys</c>.</summary>
internal sealed class TurkeyIysValidator : AbstractValidator<TurkeyIysOptions>
{
    public TurkeyIysValidator() =>
        RuleFor(x => x.RecipientType).RequiredValue(FlexRules.RecipientTypeRequired, "recipientType").Defined("recipientType");
}

/// <summary>Validates <c>regional.southKorea</c>.</summary>
internal sealed class SouthKoreaValidator : AbstractValidator<SouthKoreaOptions>
{
    public SouthKoreaValidator()
    {
        RuleFor(x => x.Title).MaxChars(FlexRules.SouthKoreaTitleLength, "title", 66);
        RuleFor(x => x.ResellerCode)
            .Must(code => code is null or (>= 100_000_000 and <= 999_999_999))
            .WithMessage((_, code) => $"resellerCode is {code}; it must be the nine-digit business registration number.")
            .As(FlexRules.ResellerCodeDigits);
    }
}

/// <summary>Validates a message's <c>webhooks</c>.</summary>
internal sealed class WebhooksValidator : AbstractValidator<MessageWebhooks>
{
    public WebhooksValidator()
    {
        RuleFor(x => x.Delivery).SetValidator(new DeliveryWebhookValidator()!);
        RuleFor(x => x.ContentType)
            .Must(type => type is null or "application/json" or "application/xml")
            .WithMessage((_, type) => $"contentType \"{RuleExtensions.Shorten(type!)}\" is not one Infobip sends; use application/json or application/xml.")
            .As(FlexRules.WebhookContentType);
        RuleFor(x => x.CallbackData).MaxChars(FlexRules.CallbackDataLength, "callbackData", 4000);
    }
}

/// <summary>Validates <c>webhooks.delivery</c>.</summary>
internal sealed class DeliveryWebhookValidator : AbstractValidator<DeliveryWebhook>
{
    public DeliveryWebhookValidator() =>
        RuleFor(x => x.Url)
            .Must(url => url is null
                || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            .WithMessage((_, url) => $"url \"{RuleExtensions.Shorten(url!)}\" is not an absolute http(s) URL that Infobip can post delivery reports to.")
            .As(FlexRules.WebhookUrl);
}
