using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// A Newtonsoft converter for every LineFlex model type, writing and reading exactly what
/// <see cref="FlexJson"/> does. Used by <see cref="FlexJson.CreateSerializerSettings"/>.
/// </summary>
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
