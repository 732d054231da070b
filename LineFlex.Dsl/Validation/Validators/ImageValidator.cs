using FluentValidation;

namespace LineFlex;

/// <summary>Validates an IMAGE.</summary>
internal sealed class ImageValidator : AbstractValidator<FlexImage>
{
    public ImageValidator(ActionValidators actions)
    {
        Include(PlacementRules.Instance);
        Include(FlexibleRules.Instance);
        Include(MarginRules.Instance);
        Include(GravityRules.Instance);
        RuleFor(x => x.Url).Required(FlexRules.ImageUrlRequired, "url");
        RuleFor(x => x.Url).MaxChars(FlexRules.ImageUrlLength, "url", 2000);
        RuleFor(x => x.Url).HttpsUrl(FlexRules.ImageUrlHttps, "An IMAGE");
        RuleFor(x => x.Align).Defined("align");
        RuleFor(x => x.Size).WellFormed(FlexRules.ImageSizeGrammar, "size");
        RuleFor(x => x.AspectRatio).WellFormed(FlexRules.AspectRatioGrammar, "aspectRatio");
        RuleFor(x => x.AspectMode).Defined("aspectMode");
        this.Colour(x => x.BackgroundColor, "backgroundColor");
        RuleFor(x => x.Action).SetInheritanceValidator(actions.Register);
    }
}
