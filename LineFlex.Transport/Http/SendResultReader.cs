using System.Text.Json;

namespace LineFlex;

/// <summary>
/// Reads a send's answer, the small JSON Infobip writes for every send, with System.Text.Json's <see cref="Utf8JsonReader"/>
/// instead of Newtonsoft's serializer, which costs several times more for the same few fields.
/// </summary>
/// <remarks>
/// It reads only the answer as Infobip writes it: the documented property names in their case, each value of its
/// own JSON type, UTF-8 without a byte order mark. Anything else (another case, a number given as a string, an
/// unknown property, a null message, a malformed body) makes it give up with null, and the caller reads the body
/// with <see cref="FlexNewtonsoftSerializer"/> as before, so every such body gives the result or the error it gave
/// before. <c>SendResultReaderTests</c> compares the two readers on the same bodies.
/// </remarks>
internal static class SendResultReader
{
    /// <summary>The result the body holds, or null when it is not in the form read here.</summary>
    public static SendResult? TryRead(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? ReadResult(ref reader) : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Malformed JSON, or a string that is not valid UTF-8: the serializer's reading decides what it means.
            return null;
        }
    }

    private static SendResult? ReadResult(ref Utf8JsonReader reader)
    {
        string? bulkId = null;
        List<SentMessage>? messages = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("bulkId"u8))
            {
                if (!TryReadString(ref reader, out bulkId))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("messages"u8))
            {
                if (!reader.Read())
                {
                    return null;
                }

                if (reader.TokenType == JsonTokenType.Null)
                {
                    messages = null;
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return null;
                }

                messages = [];
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    if (ReadMessage(ref reader) is not { } message)
                    {
                        return null;
                    }

                    messages.Add(message);
                }

                if (reader.TokenType != JsonTokenType.EndArray)
                {
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? new SendResult(bulkId, messages is null ? null! : ValueList.From(messages)) : null;
    }

    private static SentMessage? ReadMessage(ref Utf8JsonReader reader)
    {
        string? messageId = null, destination = null;
        MessageStatus? status = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var read = reader.ValueTextEquals("messageId"u8) ? TryReadString(ref reader, out messageId)
                : reader.ValueTextEquals("destination"u8) ? TryReadString(ref reader, out destination)
                : reader.ValueTextEquals("status"u8) && TryReadStatus(ref reader, out status);
            if (!read)
            {
                return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? new SentMessage(messageId, destination, status) : null;
    }

    private static bool TryReadStatus(ref Utf8JsonReader reader, out MessageStatus? status)
    {
        status = null;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        int? groupId = null, id = null;
        string? groupName = null, name = null, description = null, action = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var read = reader.ValueTextEquals("groupId"u8) ? TryReadInt(ref reader, out groupId)
                : reader.ValueTextEquals("groupName"u8) ? TryReadString(ref reader, out groupName)
                : reader.ValueTextEquals("id"u8) ? TryReadInt(ref reader, out id)
                : reader.ValueTextEquals("name"u8) ? TryReadString(ref reader, out name)
                : reader.ValueTextEquals("description"u8) ? TryReadString(ref reader, out description)
                : reader.ValueTextEquals("action"u8) && TryReadString(ref reader, out action);
            if (!read)
            {
                return false;
            }
        }

        status = new MessageStatus(groupId, groupName, id, name, description, action);
        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            value = reader.GetString();
        }

        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
    }

    private static bool TryReadInt(ref Utf8JsonReader reader, out int? value)
    {
        value = null;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            value = number;
            return true;
        }

        return reader.TokenType == JsonTokenType.Null;
    }
}
