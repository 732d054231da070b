using System.Globalization;
using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// Reads wire JSON into the model token by token: no intermediate <c>JObject</c>. Every problem is a
/// <see cref="FlexJsonException"/> naming the path, line and position.
/// </summary>
/// <remarks>
/// Each node's <c>Read</c> method, its property switch and its list of legal names are generated from the model's
/// declarations (FlexJsonReader.g.cs); this part keeps the entry points, the scalars and the errors.
/// </remarks>
internal sealed partial class FlexJsonReader
{
    /// <summary>
    /// A reader done with its document, kept with its lists for the next document on the same thread (a read inside
    /// another, which none makes, would get a new one): reading then allocates little beyond the model.
    /// </summary>
    [ThreadStatic]
    private static FlexJsonReader? s_free;

    private JsonTokens _reader = null!;

    /// <summary>The component or action whose properties are being read; a component or action inside it spells its path from it.</summary>
    private Fields? _open;

    /// <summary>The fields of the components being read, one for each level of nesting.</summary>
    private readonly List<FlexComponentFields> _componentFields = new(4);

    /// <summary>The fields of the action being read.</summary>
    private FlexActionFields? _actionFields;

    /// <summary>The children of the components being read, with where each stood; each list's follow its parent's.</summary>
    private readonly List<Child<FlexComponent>> _children = new(16);

    /// <summary>The items of the lists being read, each list's after its parent's.</summary>
    private readonly List<object> _items = new(8);

    /// <summary>How many components enclose the one being read, itself included.</summary>
    private int _componentLevel;

    /// <summary>The property names read so far in each open object, with where they stood and their word numbers (<see cref="JsonTokens.PropertyName"/>).</summary>
    private readonly List<(string Name, long Mark, int Word)> _names = new(32);

    /// <summary>The open objects: where their names start in <see cref="_names"/>, and what they are ("a destination").</summary>
    private readonly List<(int Start, string What)> _objects = new(16);

    private FlexJsonReader()
    {
    }

    /// <summary>A reader of <paramref name="tokens"/>; give it back with <see cref="Return"/>.</summary>
    private static FlexJsonReader Rent(JsonTokens tokens)
    {
        var rented = s_free ?? new FlexJsonReader();
        s_free = null;
        rented._reader = tokens;
        return rented;
    }

    /// <summary>Forgets the document, the whole way or part way through, and keeps the reader for the next one.</summary>
    private void Return()
    {
        _reader = null!;
        _open = null;
        _componentLevel = 0;
        _names.Clear();
        _objects.Clear();
        _children.Clear();
        _items.Clear();
        foreach (var fields in _componentFields)
        {
            fields.Forget();
        }

        _actionFields?.Forget();
        s_free = this;
    }

    /// <summary>The model types that can be read from JSON.</summary>
    public static IEnumerable<Type> ReadableTypes => Readers.Keys;

    /// <summary>Whether <paramref name="type"/> is a model type this reader can read.</summary>
    public static bool CanRead(Type type) => Readers.ContainsKey(type);

    /// <summary>Reads one whole JSON document as a <typeparamref name="T"/>; nothing may follow it.</summary>
    public static T ReadDocument<T>(JsonTokens tokens)
        where T : class
    {
        var reader = Rent(tokens);
        try
        {
            reader.Next("a JSON object");
            var value = (T)reader.ReadRoot(typeof(T));
            if (reader.TryNext())
            {
                reader.Fail($"Unexpected {Describe(tokens.TokenType)} after the end of the JSON object. Remove it, or wrap several objects in an array.");
            }

            return value;
        }
        finally
        {
            reader.Return();
        }
    }

    /// <summary>Reads the value the reader is positioned on (or the next one) as <paramref name="type"/>; used by the converter.</summary>
    public static object? ReadValue(JsonReader jsonReader, Type type)
    {
        var tokens = NewtonsoftTokens.Rent(jsonReader);
        var reader = Rent(tokens);
        try
        {
            if (tokens.TokenType == JsonToken.None)
            {
                reader.Next("a JSON object");
            }

            return tokens.TokenType == JsonToken.Null ? null : reader.ReadRoot(type);
        }
        finally
        {
            reader.Return();
            tokens.Return();
        }
    }

    private object ReadRoot(Type type)
    {
        if (!Readers.TryGetValue(type, out var read))
        {
            throw new ArgumentException(
                $"{type.Name} is not a LineFlex model type; read a LineRequest, a LineMessage, a FlexBubble, a FlexComponent or another model record.",
                nameof(type));
        }

        if (_reader.TokenType != JsonToken.StartObject)
        {
            Fail($"Expected a JSON object for {type.Name}, but found {Describe(_reader.TokenType)}.");
        }

        return read(this)!;
    }

    // ---- values the generated code reads -------------------------------------------------------

    /// <summary>A date-time in Infobip's form; sub-millisecond digits are kept up to the 100 ns a date-time holds.</summary>
    private DateTimeOffset? ReadDateTime()
    {
        var text = ReadString();
        if (text is null)
        {
            return null;
        }

        if (FractionDigits(text) > 7)
        {
            Fail($"\"{FlexLimits.Excerpt(text)}\" has {FractionDigits(text)} digits after the seconds; a date-time keeps at most 7 (100 nanoseconds). Write at most 7, such as \"2026-12-01T09:30:00.1234567+0000\".");
        }

        if (!TryParseSendAt(text, out var value))
        {
            Fail($"\"{FlexLimits.Excerpt(text)}\" is not a date-time. Write it as yyyy-MM-dd'T'HH:mm:ss.SSSZ, such as \"2026-12-01T09:30:00.000+0000\".");
        }

        return value;
    }

    /// <summary>The number of digits after the seconds' decimal point (0 without one).</summary>
    private static int FractionDigits(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        if (point < 0)
        {
            return 0;
        }

        var digits = 0;
        while (point + 1 + digits < text.Length && char.IsAsciiDigit(text[point + 1 + digits]))
        {
            digits++;
        }

        return digits;
    }

    /// <summary>Accepts Infobip's <c>+0000</c> offsets as well as ISO 8601's <c>+00:00</c> and <c>Z</c>.</summary>
    internal static bool TryParseSendAt(string text, out DateTimeOffset value)
    {
        var normalized = text;
        if (text.Length > 5 && text[^5] is '+' or '-' && text.AsSpan(text.Length - 4).ContainsAnyExceptInRange('0', '9') is false)
        {
            normalized = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        var hasZone = normalized.EndsWith('Z') || (normalized.Length > 6 && normalized[^6] is '+' or '-' && normalized[^3] == ':');
        return DateTimeOffset.TryParse(
                   normalized,
                   CultureInfo.InvariantCulture,
                   DateTimeStyles.AssumeUniversal,
                   out value)
               && hasZone
               && normalized.Length >= 19
               && normalized[10] == 'T';
    }
}
