using Flurl.Http.Configuration;
using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// Flurl's JSON serializer over Newtonsoft.Json with LineFlex's own settings: the model types are
/// written and read exactly as <see cref="FlexJson"/> does. Set per request, never globally.
/// </summary>
public sealed class FlexNewtonsoftSerializer : ISerializer
{
    private readonly JsonSerializer _serializer = JsonSerializer.Create(FlexJson.CreateSerializerSettings());

    /// <summary>One shared instance; it holds no state that calls could change.</summary>
    public static FlexNewtonsoftSerializer Instance { get; } = new();

    /// <inheritdoc/>
    public string Serialize(object? obj)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        _serializer.Serialize(writer, obj);
        return writer.ToString();
    }

    /// <inheritdoc/>
    public T Deserialize<T>(string s)
    {
        using var reader = new JsonTextReader(new StringReader(s)) { DateParseHandling = DateParseHandling.None };
        return _serializer.Deserialize<T>(reader)!;
    }

    /// <inheritdoc/>
    public T Deserialize<T>(Stream stream)
    {
        using var reader = new JsonTextReader(new StreamReader(stream)) { DateParseHandling = DateParseHandling.None };
        return _serializer.Deserialize<T>(reader)!;
    }
}
