using FluentValidation;
using FluentValidation.Results;

namespace LineFlex;

/// <summary>The rule shapes the validators share: each attaches the rule's code, severity and a message that names the limit and the actual figure.</summary>
internal static class RuleExtensions
{
    public static IRuleBuilderOptions<T, TProperty> As<T, TProperty>(this IRuleBuilderOptions<T, TProperty> builder, FlexRule rule) =>
        builder
            .WithErrorCode(rule.Code)
            .WithSeverity(rule.Severity == FindingSeverity.Warning ? Severity.Warning : Severity.Error);

    public static IRuleBuilderOptions<T, TProperty?> Required<T, TProperty>(this IRuleBuilder<T, TProperty?> builder, FlexRule rule, string name)
        where TProperty : class =>
        builder.Must(value => value is not null).WithMessage($"{name} is required.").As(rule);

    public static IRuleBuilderOptions<T, TProperty?> RequiredValue<T, TProperty>(this IRuleBuilder<T, TProperty?> builder, FlexRule rule, string name)
        where TProperty : struct =>
        builder.Must(value => value is not null).WithMessage($"{name} is required.").As(rule);

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> builder, FlexRule rule, string name) =>
        builder.Must(value => !string.IsNullOrEmpty(value))
            .WithMessage((_, value) => value is null ? $"{name} is required." : $"{name} is empty; it is required.")
            .As(rule);

    /// <summary>Reports every null item of a list (FluentValidation skips null items in <c>RuleForEach</c>).</summary>
    public static void NoNullItems<T, TItem>(this IRuleBuilder<T, ValueList<TItem>?> builder, string what)
        where TItem : class =>
        builder.Custom((list, context) =>
        {
            for (var i = 0; list is not null && i < list.Count; i++)
            {
                if (list[i] is null)
                {
                    context.Report(FlexRules.ItemRequired, $"[{i}]", $"This {what} is null; remove it from the list.", null);
                }
            }
        });

    public static IRuleBuilderOptions<T, ValueList<TItem>?> NotEmptyList<T, TItem>(this IRuleBuilder<T, ValueList<TItem>?> builder, FlexRule rule, string name) =>
        builder.Must(list => list is { Count: > 0 })
            .WithMessage((_, list) => list is null ? $"{name} is required and needs at least one item." : $"{name} is empty; it needs at least one item.")
            .As(rule);

    public static IRuleBuilderOptions<T, string?> MaxChars<T>(this IRuleBuilder<T, string?> builder, FlexRule rule, string name, int max) =>
        builder.Must(value => value is null || value.Length <= max)
            .WithMessage((_, value) => $"{name} is {value!.Length} characters; the limit is {max}.")
            .As(rule);

    public static IRuleBuilderOptions<T, int?> Between<T>(this IRuleBuilder<T, int?> builder, FlexRule rule, string name, int min, int max) =>
        builder.Must(value => value is null || (value >= min && value <= max))
            .WithMessage((_, value) => $"{name} is {value}; it must be from {min} to {max}.")
            .As(rule);

    public static IRuleBuilderOptions<T, int?> AtLeast<T>(this IRuleBuilder<T, int?> builder, FlexRule rule, string name, int min) =>
        builder.Must(value => value is null || value >= min)
            .WithMessage((_, value) => $"{name} is {value}; it must be {min} or more.")
            .As(rule);

    public static IRuleBuilderOptions<T, TValue?> WellFormed<T, TValue>(this IRuleBuilder<T, TValue?> builder, FlexRule rule, string name)
        where TValue : struct, IFlexValue =>
        builder.Must(value => value is null || value.Value.IsWellFormed)
            .WithMessage((_, value) => $"{name} \"{value!.Value.Value}\" is not valid here; use {value.Value.Expected}.")
            .As(rule);

    /// <summary>A colour that is well formed, and warns where LINE documents no alpha channel.</summary>
    public static void Colour<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, FlexColor?>> colour, string name, bool alphaAllowed = false)
    {
        validator.RuleFor(colour).WellFormed(FlexRules.ColorGrammar, name);
        if (!alphaAllowed)
        {
            validator.RuleFor(colour)
                .Must(value => value is not { HasAlpha: true })
                .WithMessage((_, value) => $"{name} \"{value!.Value.Value}\" has an alpha channel; LINE documents alpha only for a box's backgroundColor. Use \"#RRGGBB\".")
                .As(FlexRules.AlphaColor);
        }
    }

    public static IRuleBuilderOptions<T, TEnum?> Defined<T, TEnum>(this IRuleBuilder<T, TEnum?> builder, string name)
        where TEnum : struct, Enum =>
        builder.Must(value => value is null || Enum.IsDefined(value.Value))
            .WithMessage((_, value) => $"{name} is {Convert.ToInt64(value!.Value, System.Globalization.CultureInfo.InvariantCulture)}, which is not a {typeof(TEnum).Name}; use one of {WireEnum<TEnum>.Expected}.")
            .As(FlexRules.EnumDefined);

    public static IRuleBuilderOptions<T, string?> HttpsUrl<T>(this IRuleBuilder<T, string?> builder, FlexRule rule, string owner) =>
        builder.Must(value => value is null || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            .WithMessage((_, value) => $"{owner}'s url \"{Shorten(value!)}\" is not an absolute HTTPS URL; LINE loads images only over HTTPS.")
            .As(rule);

    /// <summary>LINE's schemes for a URI action (<c>http</c>, <c>https</c>, <c>line</c>, <c>tel</c>), percent-encoded.</summary>
    public static IRuleBuilderOptions<T, string?> ActionUri<T>(this IRuleBuilder<T, string?> builder, FlexRule rule, string name) =>
        builder.Must(value => value is null || ActionUriProblem(value) is null)
            .WithMessage((_, value) => $"{name} \"{Shorten(value!)}\" {ActionUriProblem(value!)}.")
            .As(rule);

    internal static string? ActionUriProblem(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? value[..colon].ToLowerInvariant() : string.Empty;
        if (scheme is not ("http" or "https" or "line" or "tel"))
        {
            return "does not use one of the schemes LINE opens: http, https, line or tel";
        }

        if (scheme is "http" or "https" && !Uri.TryCreate(value, UriKind.Absolute, out _))
        {
            return "is not an absolute URL";
        }

        foreach (var c in value)
        {
            if (c <= ' ' || c > '~')
            {
                return "holds a space or a character that is not percent-encoded; percent-encode it as UTF-8";
            }
        }

        return null;
    }

    /// <summary>Long values are cut in messages so a finding stays one readable line; the finding keeps the whole value.</summary>
    internal static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";

    /// <summary>Adds a finding at <paramref name="relativePath"/> below the property being validated.</summary>
    public static void Report<T>(this ValidationContext<T> context, FlexRule rule, string relativePath, string message, object? attemptedValue)
    {
        var path = context.PropertyPath;
        if (relativePath.Length > 0)
        {
            path = path.Length == 0 || relativePath[0] == '[' ? path + relativePath : path + "." + relativePath;
        }

        context.AddFailure(new ValidationFailure(path, message, attemptedValue)
        {
            ErrorCode = rule.Code,
            Severity = rule.Severity == FindingSeverity.Warning ? Severity.Warning : Severity.Error,
        });
    }
}
