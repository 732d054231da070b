using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// A Newtonsoft converter for every LineFlex model type, writing exactly what <see cref="FlexJson"/> does and
/// reading the same model. Used by <see cref="FlexJson.CreateSerializerSettings"/>.
/// </summary>
/// <remarks>
/// Reading through it, the syntax is checked by the serializer's <see cref="JsonReader"/>, which is lenient;
/// read documents from outside with <see cref="FlexJson.Deserialize{T}(Stream)"/>, which holds them to strict JSON.
/// </remarks>
public sealed class FlexJsonConverter : JsonConverter
{
    /// <inheritdoc/>
    public override bool CanConvert(Type objectType) =>
        FlexJsonReader.CanRead(objectType);

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        FlexJsonWriter.WriteNode(writer, value);
    }

    /// <inheritdoc/>
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        return FlexJsonReader.ReadValue(reader, objectType);
    }
}
