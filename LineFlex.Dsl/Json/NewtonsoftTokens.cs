using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// A Newtonsoft reader's tokens, as <see cref="FlexJsonConverter"/> is given them; a mark holds the line and
/// position, since the reader cannot go back to spell them later.
/// </summary>
internal sealed class NewtonsoftTokens : JsonTokens
{
    [ThreadStatic]
    private static NewtonsoftTokens? s_free;

    private JsonReader _reader = null!;

    private NewtonsoftTokens()
    {
    }

    /// <summary>The tokens of <paramref name="reader"/>, from the one it stands on; give them back with <see cref="Return"/>.</summary>
    public static NewtonsoftTokens Rent(JsonReader reader)
    {
        var tokens = s_free ?? new NewtonsoftTokens();
        s_free = null;
        tokens._reader = reader;
        reader.DateParseHandling = DateParseHandling.None;
        // A double never fails to parse (1e400 is infinity), so a valid number with an exponent gets ReadInt's message.
        reader.FloatParseHandling = FloatParseHandling.Double;
        tokens.Sync();
        return tokens;
    }

    /// <summary>Lets go of the reader, and keeps this object for the next one on the same thread.</summary>
    public void Return()
    {
        _reader = null!;
        s_free = this;
    }

    public override bool HasLineInfo => _reader is IJsonLineInfo info && info.HasLineInfo();

    public override long Mark =>
        _reader is IJsonLineInfo info ? ((long)info.LineNumber << 32) | (uint)info.LinePosition : 0;

    public override string? PathNow => _reader.Path;

    public override bool Read()
    {
        try
        {
            while (_reader.Read())
            {
                if (_reader.TokenType != JsonToken.Comment)
                {
                    Sync();
                    return true;
                }
            }

            Sync();
            return false;
        }
        catch (JsonReaderException e)
        {
            throw Malformed(e, _reader);
        }
    }

    public override string String() => (string)_reader.Value!;

    public override bool Boolean() => (bool)_reader.Value!;

    public override bool TryGetInt32(out int value)
    {
        switch (_reader.Value)
        {
            case long number when number is >= int.MinValue and <= int.MaxValue:
                value = (int)number;
                return true;
            case int small:
                value = small;
                return true;
            default:
                value = 0;
                return false;
        }
    }

    public override string NumberText() => _reader.Value switch
    {
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public override (int Line, int Position) Locate(long mark) => ((int)(mark >> 32), (int)(uint)mark);

    public override string PathAt(long mark) =>
        throw new InvalidOperationException("A Newtonsoft reader's path is taken as it reads (PathNow); it cannot be spelt later.");

    /// <summary>A syntax error of a Newtonsoft reader that came through <see cref="FlexJsonConverter"/> (<see cref="FlexJson"/> checks the syntax before).</summary>
    internal static FlexJsonException Malformed(JsonReaderException e, JsonReader reader)
    {
        // Newtonsoft appends "Path '...', line n, position m." itself; ours says it once, the same way every time.
        var message = e.Message;
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path ", StringComparison.Ordinal);
        }

        var problem = "Malformed JSON: " + FlexLimits.Excerpt((cut > 0 ? message[..cut] : message).TrimEnd(',', ' '));
        // Newtonsoft counts from (0,0) before the first character; where it knows lines, ours start at (1,1).
        var known = reader is IJsonLineInfo info && info.HasLineInfo();
        var (line, position) = known ? (Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)) : (e.LineNumber, e.LinePosition);

        // Newtonsoft's own message may quote a whole value; it is not kept as the inner exception for that reason.
        return new FlexJsonException(problem, FlexJsonReader.BoundedPath(e.Path ?? string.Empty), line, position);
    }

    private void Sync()
    {
        TokenType = _reader.TokenType;
        Depth = _reader.Depth;
    }
}
