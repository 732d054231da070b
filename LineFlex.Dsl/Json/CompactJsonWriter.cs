using System.Globalization;
using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// The compact wire writer: the model's JSON straight into a pooled buffer, with Newtonsoft's default escaping and
/// none of <see cref="JsonTextWriter"/>'s bookkeeping (its path, its state machine). It knows only what the generated
/// writer calls: objects, arrays, plain property names, strings, integers, booleans and null, and a member (a name and
/// its value) in one call, which the generated writer's helpers use when they write through this writer. It keeps no
/// path, so a failure is reported again by a <see cref="JsonTextWriter"/>, which names where it is (see
/// <see cref="FlexJson"/>). One writer serves both outputs: text (<see cref="TextSink"/>) and UTF-8 bytes
/// (<see cref="Utf8Sink"/>), the bytes written directly with no text in between.
/// </summary>
internal abstract class CompactJsonWriter : JsonWriter
{
    /// <summary>Writes a member, <c>"name":"value"</c>, in one call: what the generated writer does most.</summary>
    public abstract void WriteMember(string name, string value);

    /// <summary>Writes a member whose value is a word of the model's declarations (a type, an enum's wire word): plain ASCII, nothing to escape.</summary>
    public abstract void WriteWordMember(string name, string word);

    /// <summary>Writes a member, <c>"name":value</c>, in one call.</summary>
    public abstract void WriteMember(string name, int value);

    /// <summary>Writes a member, <c>"name":true</c> or <c>false</c>, in one call.</summary>
    public abstract void WriteMember(string name, bool value);

    /// <summary>Where a UTF-8 writer notes the bytes of each bubble it writes; null when nothing asked for them.</summary>
    public WrittenBubbles? Bubbles { get; set; }

    /// <summary>A compact writer of text into <paramref name="text"/>.</summary>
    public static CompactJsonWriter ToText(PooledTextWriter text) => new CompactJsonWriter<TextSink>(new TextSink(text));

    /// <summary>
    /// This thread's UTF-8 writer with its buffer, kept between documents, so that writing one allocates its bytes and
    /// little else. It is handed out only while it is not in use (a document written while another is gets a writer
    /// of its own).
    /// </summary>
    [ThreadStatic]
    private static CompactJsonWriter<Utf8Sink>? s_utf8;

    /// <summary>An empty compact writer of UTF-8 bytes into a buffer of its own (<see cref="Utf8Sink.Buffer"/>): this thread's kept one when it is free.</summary>
    public static CompactJsonWriter<Utf8Sink> TakeUtf8()
    {
        var writer = s_utf8;
        s_utf8 = null;
        return writer ?? new CompactJsonWriter<Utf8Sink>(new Utf8Sink(new PooledUtf8Buffer(1024)));
    }

    /// <summary>Empties a writer from <see cref="TakeUtf8"/>, whose bytes were used or are abandoned, and keeps it for the next document on this thread.</summary>
    public static void GiveBack(CompactJsonWriter<Utf8Sink> writer)
    {
        writer.Clear();
        writer.Sink.Buffer.Clear();
        writer.Bubbles = null;
        s_utf8 = writer;
    }

    /// <summary>The two-character escape Newtonsoft writes for <paramref name="c"/>, or null when it writes <c>\uXXXX</c> (six characters).</summary>
    internal static string? ShortEscape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\b' => "\\b",
        '\f' => "\\f",
        _ => null,
    };

    /// <summary>The characters Newtonsoft escapes by default.</summary>
    internal static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u0085\u2028\u2029");
}

/// <summary>
/// The compact writer over one kind of output. The sink is a struct, so each output gets code of its own with the
/// sink's calls inlined: the writer's logic (commas, escaping) is written once for both.
/// </summary>
internal sealed class CompactJsonWriter<TSink>(TSink sink) : CompactJsonWriter
    where TSink : struct, IJsonSink
{
    private readonly TSink _sink = sink;

    /// <summary>Where the JSON goes.</summary>
    public TSink Sink => _sink;

    /// <summary>For each open object or array, whether something was written in it (so a comma goes before the next).</summary>
    private bool[] _written = new bool[16];
    private int _depth;
    private bool _afterName;

    public override void WriteStartObject()
    {
        BeforeValue();
        _sink.Write('{');
        Push();
    }

    public override void WriteEndObject()
    {
        _depth--;
        _sink.Write('}');
    }

    public override void WriteStartArray()
    {
        BeforeValue();
        _sink.Write('[');
        Push();
    }

    public override void WriteEndArray()
    {
        _depth--;
        _sink.Write(']');
    }

    public override void WritePropertyName(string name) => WritePropertyName(name, escape: true);

    public override void WritePropertyName(string name, bool escape)
    {
        if (escape)
        {
            Comma();
            WriteString(name);
            _sink.Write(':');
        }
        else
        {
            BeginMember(name);
        }

        _afterName = true;
    }

    public override void WriteMember(string name, string value)
    {
        BeginMember(name);
        WriteString(value);
    }

    public override void WriteWordMember(string name, string word)
    {
        BeginMember(name);
        _sink.WriteQuotedWord(word);
    }

    public override void WriteMember(string name, int value)
    {
        BeginMember(name);
        _sink.WriteNumber(value);
    }

    public override void WriteMember(string name, bool value)
    {
        BeginMember(name);
        _sink.WriteWord(value ? "true" : "false");
    }

    public override void WriteValue(string? value)
    {
        if (value is null)
        {
            WriteNull();
            return;
        }

        BeforeValue();
        WriteString(value);
    }

    public override void WriteValue(int value)
    {
        BeforeValue();
        _sink.WriteNumber(value);
    }

    public override void WriteValue(bool value)
    {
        BeforeValue();
        _sink.WriteWord(value ? "true" : "false");
    }

    public override void WriteNull()
    {
        BeforeValue();
        _sink.WriteWord("null");
    }

    public override void Flush()
    {
    }

    /// <summary>Forgets what was written, for the next document: no object or array is open.</summary>
    public void Clear()
    {
        _depth = 0;
        _afterName = false;
        _written[0] = false;
    }

    /// <summary>A comma when the object holds a member already, then the plain name and its colon.</summary>
    private void BeginMember(string name)
    {
        _sink.WriteName(name, comma: _written[_depth]);
        _written[_depth] = true;
    }

    private void Comma()
    {
        if (_written[_depth])
        {
            _sink.Write(',');
        }

        _written[_depth] = true;
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        Comma();
    }

    private void Push()
    {
        if (++_depth == _written.Length)
        {
            Array.Resize(ref _written, _depth * 2);
        }

        _written[_depth] = false;
    }

    /// <summary>A JSON string as Newtonsoft writes it by default: quotes, backslashes, control characters and U+0085, U+2028, U+2029 escaped.</summary>
    private void WriteString(string value)
    {
        if (_sink.TryWritePlainString(value))
        {
            return;
        }

        _sink.Write('"');
        Span<char> hex = stackalloc char[6];
        "\\u".CopyTo(hex);
        var rest = value.AsSpan();
        while (true)
        {
            var at = rest.IndexOfAny(Escaped);
            if (at < 0)
            {
                _sink.Write(rest);
                break;
            }

            _sink.Write(rest[..at]);
            var c = rest[at];
            if (ShortEscape(c) is { } escape)
            {
                _sink.WriteWord(escape);
            }
            else
            {
                ((int)c).TryFormat(hex[2..], out _, "x4", CultureInfo.InvariantCulture);
                _sink.Write(hex);
            }

            rest = rest[(at + 1)..];
        }

        _sink.Write('"');
    }
}
