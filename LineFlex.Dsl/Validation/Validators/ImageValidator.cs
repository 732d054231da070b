using FluentValidation;

namespace LineFlex;

/// <summary>Validates an IMAGE.</summary>
internal sealed class ImageValidator : AbstractValidator<FlexImage>
{
    public ImageValidator()
    {
        this.Checks((image, c) =>
        {
            c.Required(FlexRules.ImageUrlRequired, "url", image.Url);
            c.MaxChars(FlexRules.ImageUrlLength, "url", image.Url, 2000);
            c.HttpsUrl(FlexRules.ImageUrlHttps, "An IMAGE", image.Url);
            c.Flexible(image);
            c.Margined(image);
            c.Placement(image);
            c.Defined("align", image.Align);
            c.Defined("gravity", image.Gravity);
            c.WellFormed(FlexRules.ImageSizeGrammar, "size", image.Size);
            c.WellFormed(FlexRules.AspectRatioGrammar, "aspectRatio", image.AspectRatio);
            c.Defined("aspectMode", image.AspectMode);
            c.Colour("backgroundColor", image.BackgroundColor);
            ActionValidators.Check(image.Action, c);
        });
    }
}
