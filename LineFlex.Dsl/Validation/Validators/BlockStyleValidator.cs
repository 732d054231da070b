using FluentValidation;

namespace LineFlex;

/// <summary>Validates one block's style, on its own or (through <see cref="Check{T}"/>) inside its bubble.</summary>
internal sealed class BlockStyleValidator : AbstractValidator<BlockStyle>
{
    public BlockStyleValidator() => this.Checks(Check);

    /// <summary>A block style's colours; a bubble checks its styles with this directly, as they hold no children.</summary>
    public static void Check<T>(BlockStyle style, NodeChecks<T> c) => c.WellFormed(style);
}
