using FluentValidation;

namespace LineFlex;

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
