using FluentValidation;

namespace LineFlex;

/// <summary>Validates a bubble's <c>style</c>: the colours of each block.</summary>
internal sealed class BubbleStylesValidator : AbstractValidator<BubbleStyles>
{
    public BubbleStylesValidator()
    {
        var block = new BlockStyleValidator();
        RuleFor(x => x.Header).SetValidator(block!);
        RuleFor(x => x.Body).SetValidator(block!);
        RuleFor(x => x.Footer).SetValidator(block!);
    }
}
