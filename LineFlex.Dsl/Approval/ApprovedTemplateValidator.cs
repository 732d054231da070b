using FluentValidation;
using FluentValidation.Results;

namespace LineFlex;

/// <summary>
/// The approval check as a FluentValidation validator: every <see cref="ConformanceDifference"/> of a message from
/// its approved template is an error at its wire path, with its code. Plug it in wherever validators of
/// <see cref="LineMessage"/> run.
/// </summary>
/// <remarks>See docs/approval.md.</remarks>
public sealed class ApprovedTemplateValidator : AbstractValidator<LineMessage>
{
    /// <summary>A validator checking messages against <paramref name="approvals"/>.</summary>
    /// <param name="approvals">The approved shapes.</param>
    /// <param name="templateMessagesOnly">When true, messages not built from a template (<see cref="LineMessage.Origin"/> null) pass unchecked.</param>
    public ApprovedTemplateValidator(ApprovedTemplates approvals, bool templateMessagesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(approvals);
        RuleFor(m => m).Custom((message, context) =>
        {
            if (templateMessagesOnly && message.Origin is null)
            {
                return;
            }

            foreach (var difference in approvals.Check(message).Differences)
            {
                context.AddFailure(new ValidationFailure(difference.Path, difference.Message) { ErrorCode = difference.Code });
            }
        });
    }
}
