using FluentValidation;

namespace LineFlex;

/// <summary>Validates a SPAN, on its own or (through <see cref="Check{T}"/>) inside a TEXT.</summary>
internal sealed class SpanValidator : AbstractValidator<FlexSpan>
{
    public SpanValidator() => this.Checks(Check);

    /// <summary>
    /// A SPAN's values. A TEXT checks its SPANs with this directly: a SPAN holds no children, and a
    /// validator call per SPAN would cost more than its checks.
    /// </summary>
    public static void Check<T>(FlexSpan span, NodeChecks<T> c)
    {
        c.Required(FlexRules.SpanTextRequired, "text", span.Text);
        c.WellFormed(span);
    }
}
