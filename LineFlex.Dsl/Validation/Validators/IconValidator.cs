using FluentValidation;

namespace LineFlex;

/// <summary>Validates an ICON.</summary>
internal sealed class IconValidator : AbstractValidator<FlexIcon>
{
    public IconValidator() =>
        this.Checks((icon, c) =>
        {
            c.Required(FlexRules.IconUrlRequired, "url", icon.Url);
            c.MaxChars(FlexRules.IconUrlLength, "url", icon.Url, 2000);
            c.HttpsUrl(FlexRules.ImageUrlHttps, "An ICON", icon.Url);
            c.WellFormed(icon);
        });
}
