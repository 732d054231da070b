using FluentValidation;

namespace LineFlex;

/// <summary>Validates an ICON.</summary>
internal sealed class IconValidator : AbstractValidator<FlexIcon>
{
    public IconValidator()
    {
        Include(PlacementRules.Instance);
        Include(MarginRules.Instance);
        RuleFor(x => x.Url).Required(FlexRules.IconUrlRequired, "url");
        RuleFor(x => x.Url).MaxChars(FlexRules.IconUrlLength, "url", 2000);
        RuleFor(x => x.Url).HttpsUrl(FlexRules.ImageUrlHttps, "An ICON");
        RuleFor(x => x.Size).WellFormed(FlexRules.TextSizeGrammar, "size");
        RuleFor(x => x.AspectRatio).WellFormed(FlexRules.AspectRatioGrammar, "aspectRatio");
    }
}
