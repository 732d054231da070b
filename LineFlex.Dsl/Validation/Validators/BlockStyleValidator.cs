using FluentValidation;

namespace LineFlex;

/// <summary>Validates one block's style.</summary>
internal sealed class BlockStyleValidator : AbstractValidator<BlockStyle>
{
    public BlockStyleValidator() =>
        this.Checks((style, c) =>
        {
            c.Colour("backgroundColor", style.BackgroundColor);
            c.Colour("separatorColor", style.SeparatorColor);
        });
}
