using System.Linq.Expressions;
using System.Text;
using FluentValidation;

namespace LineFlex;

/// <summary>
/// The base of a team's own validator of a LineFlex node: an <see cref="AbstractValidator{T}"/> whose
/// <c>RuleFor(m => m.Content.AltText)</c> reports at the wire path (<c>content.altText</c>), as LineFlex's own rules
/// do, without touching FluentValidation's process-wide <c>ValidatorOptions.Global</c>.
/// </summary>
/// <remarks>
/// <code>
/// public sealed class ShopRules : LineFlexValidator&lt;LineMessage&gt;
/// {
///     public ShopRules()
///     {
///         Include(new LineMessageValidator());
///         RuleFor(m => m.Content!.AltText).Must(a => a?.StartsWith("Acme") == true).WithErrorCode("SHOP1");
///     }
/// }
/// </code>
/// Only the rules declared with this class's <see cref="RuleFor{TProperty}"/> and <see cref="RuleForEach{TElement}"/>
/// are named by wire path; <c>OverridePropertyName</c> and <c>WithName</c> still win. See docs/validation.md.
/// </remarks>
/// <typeparam name="T">The node validated: a <see cref="LineRequest"/>, a <see cref="LineMessage"/>, a bubble, ...</typeparam>
public abstract class LineFlexValidator<T> : AbstractValidator<T>
{
    /// <summary>A rule for the property <paramref name="expression"/> reads, reported at its wire path (<c>content.altText</c>).</summary>
    /// <typeparam name="TProperty">The type of the property.</typeparam>
    /// <param name="expression">The property, or a chain of properties (<c>m => m.Content!.AltText</c>).</param>
    public new IRuleBuilderInitial<T, TProperty> RuleFor<TProperty>(Expression<Func<T, TProperty>> expression)
    {
        var rule = base.RuleFor(expression);
        return WirePathOf(expression) is { } path ? rule.Configure(r => r.PropertyName = path) : rule;
    }

    /// <summary>A rule for each item of the list <paramref name="expression"/> reads, reported at its wire path (<c>destinations[0]</c>).</summary>
    /// <typeparam name="TElement">The type of the items.</typeparam>
    /// <param name="expression">The list property, or a chain of properties ending in one.</param>
    public new IRuleBuilderInitialCollection<T, TElement> RuleForEach<TElement>(Expression<Func<T, IEnumerable<TElement>>> expression)
    {
        var rule = base.RuleForEach(expression);
        return WirePathOf(expression) is { } path ? rule.Configure(r => r.PropertyName = path) : rule;
    }

    /// <summary>The wire path of a chain of properties (<c>m => m.Content!.AltText</c> is <c>content.altText</c>); null for anything else.</summary>
    private static string? WirePathOf(LambdaExpression expression)
    {
        var names = new List<string>();
        var node = expression.Body;
        while (true)
        {
            switch (node)
            {
                case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert:
                    node = convert.Operand;
                    continue;
                case MemberExpression member:
                    names.Add(member.Member.Name);
                    node = member.Expression;
                    continue;
                case ParameterExpression when names.Count > 0:
                    var path = new StringBuilder();
                    for (var i = names.Count - 1; i >= 0; i--)
                    {
                        path.Append(path.Length == 0 ? string.Empty : ".").Append(names[i]);
                    }

                    return WirePath.FromPropertyPath(path.ToString());
                default:
                    return null;
            }
        }
    }
}
