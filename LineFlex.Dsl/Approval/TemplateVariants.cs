using System.Reflection;

namespace LineFlex;

/// <summary>
/// The default variants of a template: a model's enum property values tell them apart, and each is named after
/// the first sample with those values.
/// </summary>
internal sealed class TemplateVariants
{
    private readonly PropertyInfo[] _enums;
    private readonly List<(string Key, string Name)> _named = [];

    public TemplateVariants(Type modelType, IEnumerable<(string Name, object? Model)> samples)
    {
        _enums = [.. modelType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).IsEnum)
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
        foreach (var (name, model) in samples)
        {
            var key = Key(model);
            if (!_named.Any(n => n.Key == key))
            {
                _named.Add((key, name));
            }
        }
    }

    /// <summary>The variant of <paramref name="model"/>.</summary>
    public string Of(object? model)
    {
        if (_enums.Length == 0)
        {
            return "default";
        }

        var key = Key(model);
        return _named.FirstOrDefault(n => n.Key == key).Name ?? key;
    }

    // The enum values in lowercase words joined by hyphens (thai, english-express), a name a file can carry.
    private string Key(object? model) =>
        string.Join("-", _enums.Select(p => model is null ? "none" : p.GetValue(model)?.ToString()?.ToLowerInvariant() ?? "none"));
}
