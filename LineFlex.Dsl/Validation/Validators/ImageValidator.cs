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
            c.WellFormed(image);
            c.Flexible(image);
            ActionValidators.Check(image.Action, c);
        });
    }
}
