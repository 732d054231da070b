using System.Collections;
using System.Reflection;

namespace LineFlex;

/// <summary>
/// Rebuilds a template's model with probe values, so that where each value lands in the message shows.
/// Strings become unique markers (an absolute URI stays a URI); numbers, dates and times a probe value of their
/// own (and, for <see cref="Alternate"/>, another one of the same width); booleans, enums and nulls are kept,
/// unless <see cref="Toggle"/> names them; every item of a list gets the same markers, so a list's rows look
/// alike; a list's length is kept unless <see cref="ListLengths"/> says otherwise.
/// </summary>
internal sealed class ProbeModel
{
    private readonly Dictionary<string, string> _markers = new(StringComparer.Ordinal);

    /// <summary>The model property paths (<c>Lines[].Name</c>) by the marker standing for them.</summary>
    public IReadOnlyDictionary<string, string> Markers => _markers;

    /// <summary>The paths of the numbers, dates and times met: each is found by changing it alone.</summary>
    public SortedSet<string> Scalars { get; } = new(StringComparer.Ordinal);

    /// <summary>The paths of the booleans and nullable values met: each is toggled in a probe of its own.</summary>
    public SortedSet<string> Toggles { get; } = new(StringComparer.Ordinal);

    /// <summary>The paths of the lists met: each is probed empty, with one item and with many.</summary>
    public SortedSet<string> Lists { get; } = new(StringComparer.Ordinal);

    /// <summary>The scalar given its other value.</summary>
    public string? Alternate { get; init; }

    /// <summary>The boolean flipped, or the nullable value nulled or filled.</summary>
    public string? Toggle { get; init; }

    /// <summary>The lists resized, and to how many items.</summary>
    public IReadOnlyDictionary<string, int> ListLengths { get; init; } = new Dictionary<string, int>();

    /// <summary>How many items each list met has, once resized.</summary>
    public Dictionary<string, int> ListCounts { get; } = new(StringComparer.Ordinal);

    /// <summary><paramref name="model"/> with probe values.</summary>
    public object? Rewrite(object? model, Type type) => Rewrite(model, type, WholeModel, nullable: false);

    // The path of a model that is itself a string, a number or a list.
    private const string WholeModel = "Model";

    private object? Rewrite(object? value, Type type, string path, bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            type = underlying;
            nullable = true;
        }

        if (nullable && path != WholeModel)
        {
            Toggles.Add(path);
            if (Toggle == path)
            {
                value = value is null ? Filled(type) : null;
            }
        }

        if (value is null)
        {
            return null;
        }

        if (type == typeof(bool))
        {
            Toggles.Add(path);
            return Toggle == path ? !(bool)value : value;
        }

        if (type == typeof(string))
        {
            return Marker(path, Uri.TryCreate((string)value, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal));
        }

        if (type == typeof(Uri))
        {
            return new Uri(Marker(path, uri: true));
        }

        if (type.IsEnum)
        {
            return value;
        }

        if (ScalarValue(type, Alternate == path) is { } scalar)
        {
            Scalars.Add(path);
            return scalar;
        }

        if (type.IsPrimitive || type == typeof(Guid))
        {
            return value;
        }

        if (value is IEnumerable items && ItemType(type) is { } itemType)
        {
            Lists.Add(path);
            var list = items.Cast<object?>().Select(i => Rewrite(i, itemType, path + "[]", nullable: false)).ToList();
            if (ListLengths.TryGetValue(path, out var length))
            {
                var model = list.Count > 0 ? list[0] : Filled(itemType) is { } filled ? Rewrite(filled, itemType, path + "[]", false) : null;
                list = [.. Enumerable.Repeat(model, model is null ? 0 : length)];
            }

            ListCounts[path] = list.Count;

            return ListOf(type, itemType, list) ?? value;
        }

        return Rebuild(value, type, path);
    }

    private string Marker(string path, bool uri)
    {
        var existing = _markers.FirstOrDefault(m => m.Value == path).Key;
        if (existing is not null)
        {
            return existing;
        }

        // Upper-case ASCII letters and digits: a template that upper-cases or puts the value in a URI keeps it whole.
        var token = $"ZQ{_markers.Count:D3}QZ";
        var marker = uri ? "https://example.com/" + token : token;
        _markers[marker] = path;
        return marker;
    }

    // Every digit differs between the two values, and both are as wide, so the changed span is the value's.
    private static object? ScalarValue(Type type, bool alternate) => Type.GetTypeCode(type) switch
    {
        TypeCode.Int32 => alternate ? 6666 : 5555,
        TypeCode.Int64 => alternate ? 6666L : 5555L,
        TypeCode.Int16 => (short)(alternate ? 6666 : 5555),
        TypeCode.UInt32 => alternate ? 6666u : 5555u,
        TypeCode.UInt64 => alternate ? 6666ul : 5555ul,
        TypeCode.Decimal => alternate ? 6666.66m : 5555.55m,
        TypeCode.Double => alternate ? 6666.66 : 5555.55,
        TypeCode.Single => alternate ? 6666.66f : 5555.55f,
        TypeCode.DateTime => alternate ? new DateTime(2038, 11, 27, 19, 48, 0, DateTimeKind.Unspecified) : new DateTime(2027, 5, 15, 14, 35, 0, DateTimeKind.Unspecified),
        _ when type == typeof(DateTimeOffset) => alternate ? new DateTimeOffset(2038, 11, 27, 19, 48, 0, TimeSpan.Zero) : new DateTimeOffset(2027, 5, 15, 14, 35, 0, TimeSpan.Zero),
        _ when type == typeof(DateOnly) => alternate ? new DateOnly(2038, 11, 27) : new DateOnly(2027, 5, 15),
        _ when type == typeof(TimeOnly) => alternate ? new TimeOnly(19, 48) : new TimeOnly(14, 35),
        _ when type == typeof(TimeSpan) => alternate ? TimeSpan.FromMinutes(6666) : TimeSpan.FromMinutes(5555),
        _ => null,
    };

    private static object? Filled(Type type) =>
        type == typeof(string) ? "filled"
        : type == typeof(Uri) ? new Uri("https://example.com/filled")
        : type.IsEnum ? Enum.GetValues(type).GetValue(0)
        : ScalarValue(type, alternate: false)
        ?? (type.IsValueType ? Activator.CreateInstance(type) : null);

    private static Type? ItemType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static object? ListOf(Type type, Type itemType, List<object?> items)
    {
        var array = Array.CreateInstance(itemType, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        if (type.IsAssignableFrom(array.GetType()))
        {
            return array;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        return type.IsAssignableFrom(list.GetType()) ? list : null;
    }

    // A record or class: through the constructor whose parameters are its properties, then any other settable ones.
    private object Rebuild(object value, Type type, string path)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToList();
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters().All(p => properties.Any(q => Same(q, p))))
            .MaxBy(c => c.GetParameters().Length);
        if (constructor is null)
        {
            return value;
        }

        var nullability = new NullabilityInfoContext();
        object? Probed(PropertyInfo property) => Rewrite(
            property.GetValue(value), property.PropertyType, Join(path, property.Name),
            nullable: nullability.Create(property).ReadState == NullabilityState.Nullable);

        var parameters = constructor.GetParameters();
        var rebuilt = constructor.Invoke([.. parameters.Select(p => Probed(properties.First(q => Same(q, p))))]);
        foreach (var property in properties.Where(p => p.CanWrite && !parameters.Any(q => Same(p, q))))
        {
            property.SetValue(rebuilt, Probed(property));
        }

        return rebuilt;
    }

    private static bool Same(PropertyInfo property, ParameterInfo parameter) =>
        string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase) && parameter.ParameterType == property.PropertyType;

    private static string Join(string path, string name) => path == WholeModel ? name : path + "." + name;
}
