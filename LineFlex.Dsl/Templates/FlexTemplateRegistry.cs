using System.Reflection;

namespace LineFlex;

/// <summary>
/// The templates of an app, by name: found in an assembly (<see cref="FromAssembly"/>) or given
/// (<see cref="FlexTemplateRegistry(IEnumerable{IFlexTemplate})"/>), so they can be listed, previewed and tested
/// uniformly. Immutable and safe to share.
/// </summary>
/// <remarks>See docs/templates.md, section "Registering templates".</remarks>
public sealed class FlexTemplateRegistry
{
    private readonly Dictionary<string, IFlexTemplate> _byName;

    /// <summary>A registry of <paramref name="templates"/>, in the order given.</summary>
    /// <exception cref="ArgumentException">A template is null, its name is not lowercase words joined by hyphens, or two share a name.</exception>
    public FlexTemplateRegistry(IEnumerable<IFlexTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        List<IFlexTemplate> all = [.. templates];
        _byName = new Dictionary<string, IFlexTemplate>(all.Count, StringComparer.Ordinal);
        foreach (var template in all)
        {
            if (template is null)
            {
                throw new ArgumentException("The templates contain a null; remove it.", nameof(templates));
            }

            if (!FlexTemplate<object>.IsStableName(template.Name))
            {
                throw new ArgumentException(
                    $"Template {template.GetType().Name} is named \"{FlexLimits.Excerpt(template.Name ?? "null")}\". Name it in lowercase words joined by hyphens (order-confirmation): tests, snapshot files and the gallery are named after it.",
                    nameof(templates));
            }

            if (!_byName.TryAdd(template.Name, template))
            {
                throw new ArgumentException(
                    $"Templates {_byName[template.Name].GetType().Name} and {template.GetType().Name} are both named \"{template.Name}\". Give each template a name of its own.",
                    nameof(templates));
            }
        }

        Templates = all;
    }

    /// <summary>Every template, in the order given (by type name when found in an assembly).</summary>
    public IReadOnlyList<IFlexTemplate> Templates { get; }

    /// <summary>
    /// The templates of <paramref name="assembly"/>: every public, non-abstract class implementing
    /// <see cref="IFlexTemplate"/> with a public parameterless constructor, ordered by full type name.
    /// </summary>
    /// <exception cref="ArgumentException">A template's name is malformed or given twice.</exception>
    public static FlexTemplateRegistry FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new FlexTemplateRegistry(TemplateTypes(assembly).Select(t => (IFlexTemplate)Activator.CreateInstance(t)!));
    }

    /// <summary>The types <see cref="FromAssembly"/> instantiates: public, non-abstract, implementing <see cref="IFlexTemplate"/>, with a public parameterless constructor.</summary>
    public static IReadOnlyList<Type> TemplateTypes(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
                && typeof(IFlexTemplate).IsAssignableFrom(t)
                && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
    }

    /// <summary>The template named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none; the message lists the names there are.</exception>
    public IFlexTemplate Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out var template)
            ? template
            : throw new KeyNotFoundException($"There is no template \"{FlexLimits.Excerpt(name)}\". The templates are {string.Join(", ", _byName.Keys)}.");
    }

    /// <summary>The template named <paramref name="name"/>, typed; see <see cref="Get(string)"/>.</summary>
    /// <exception cref="InvalidCastException">The template takes another model type; the message names it.</exception>
    public FlexTemplate<TModel> Get<TModel>(string name) =>
        Get(name) as FlexTemplate<TModel>
        ?? throw new InvalidCastException($"Template \"{name}\" takes a {Get(name).ModelType.Name}, not a {typeof(TModel).Name}.");

    /// <summary>Whether there is a template named <paramref name="name"/>, and which.</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IFlexTemplate? template)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out template);
    }
}
