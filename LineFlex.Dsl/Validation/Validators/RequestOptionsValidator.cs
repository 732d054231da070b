using FluentValidation;

namespace LineFlex;

/// <summary>Validates the request's <c>options</c>.</summary>
internal sealed class RequestOptionsValidator : AbstractValidator<RequestOptions>
{
    public RequestOptionsValidator(TimeProvider clock) => RuleFor(x => x.Schedule).SetValidator(new ScheduleValidator(clock)!);
}
