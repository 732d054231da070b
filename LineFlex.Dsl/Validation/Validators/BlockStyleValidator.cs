using FluentValidation;

namespace LineFlex;

/// <summary>Validates one block's style.</summary>
internal sealed class BlockStyleValidator : AbstractValidator<BlockStyle>
{
    public BlockStyleValidator()
    {
        this.Colour(x => x.BackgroundColor, "backgroundColor");
        this.Colour(x => x.SeparatorColor, "separatorColor");
    }
}
