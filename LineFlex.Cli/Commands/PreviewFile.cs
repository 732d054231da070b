using Newtonsoft.Json;

namespace LineFlex.Cli.Commands;

/// <summary>
/// Reads a request, message or bubble file for <c>lineflex preview</c> and renders it. Which of the three it is shows
/// in its first level: a request has <c>messages</c>, a message <c>content</c>, <c>destinations</c> or <c>sender</c>,
/// a bubble <c>"type": "BUBBLE"</c>. Anything else is read as a request, so its error names what a request needs.
/// </summary>
internal static class PreviewFile
{
    /// <summary>The preview document, or null after printing why the file could not be read.</summary>
    public static string? Render(FileInfo file, PreviewOptions options, TextWriter error, out int errors)
    {
        errors = 0;
        if (!RequestFile.IsFile(file, error))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(ErrorLine.Of($"{file.FullName} could not be read: {e.Message} Check that it is a readable file."));
            return null;
        }

        try
        {
            switch (KindOf(bytes))
            {
                case "bubble":
                    var bubble = FlexJson.Deserialize<FlexBubble>(bytes);
                    errors = (options.Validator ?? FlexValidator.Default).Validate(bubble).Errors.Count;
                    return FlexPreview.Render(bubble, options);
                case "message":
                    var message = FlexJson.Deserialize<LineMessage>(bytes);
                    errors = (options.Validator ?? FlexValidator.Default).Validate(message).Errors.Count;
                    return FlexPreview.Render(message, options);
                default:
                    var request = FlexJson.Deserialize<LineRequest>(bytes);
                    errors = (options.Validator ?? FlexValidator.Default).Validate(request).Errors.Count;
                    return FlexPreview.Render(request, options);
            }
        }
        catch (FlexJsonException e)
        {
            RequestFile.ParseError(file, e, error);
            return null;
        }
    }

    /// <summary>"request", "message" or "bubble", from the names of the first level; "request" when unsure.</summary>
    private static string KindOf(byte[] bytes)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(bytes, writable: false))) { DateParseHandling = DateParseHandling.None };
            while (reader.Read())
            {
                if (reader.Depth != 1 || reader.TokenType != JsonToken.PropertyName)
                {
                    if (reader.Depth > 1)
                    {
                        reader.Skip();
                    }

                    continue;
                }

                switch ((string?)reader.Value)
                {
                    case "messages":
                        return "request";
                    case "content" or "destinations" or "sender":
                        return "message";
                    case "type" when reader.ReadAsString() == "BUBBLE":
                        return "bubble";
                }
            }
        }
        catch (JsonException)
        {
            // The parser reports the problem with its line and position.
        }

        return "request";
    }
}
