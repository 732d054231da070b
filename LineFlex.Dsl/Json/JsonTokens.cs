using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// The tokens the model reader (<see cref="FlexJsonReader"/>) reads, one at a time: the tokens of a document held to
/// strict JSON in one pass (<see cref="Utf8Tokens"/>), or a Newtonsoft reader's (<see cref="NewtonsoftTokens"/>, for
/// <see cref="FlexJsonConverter"/>).
/// </summary>
/// <remarks>
/// Where a token stood is kept as a <see cref="Mark"/>, and becomes a line and position only when an error reports it;
/// both readings name a token by Newtonsoft's line and position (in characters) and path, so an error reads the same
/// whichever way the document came in.
/// </remarks>
internal abstract class JsonTokens
{
    /// <summary>The current token, in Newtonsoft's words (a number is an <see cref="JsonToken.Integer"/> or a <see cref="JsonToken.Float"/>).</summary>
    public JsonToken TokenType { get; protected set; }

    /// <summary>How many arrays and objects enclose the current token (a start or end token not counting its own).</summary>
    public int Depth { get; protected set; }

    /// <summary>Whether the tokens know their lines (a Newtonsoft reader over a <c>JToken</c> does not).</summary>
    public abstract bool HasLineInfo { get; }

    /// <summary>Where the current token stands, for <see cref="Locate"/> to spell once an error needs it.</summary>
    public abstract long Mark { get; }

    /// <summary>The current token's path when it costs nothing to keep now; null when <see cref="PathAt"/> spells it later.</summary>
    public abstract string? PathNow { get; }

    /// <summary>Moves to the next token; false at the end of the document.</summary>
    /// <exception cref="FlexJsonException">The JSON is malformed (only a Newtonsoft reader, whose syntax was not checked before).</exception>
    public abstract bool Read();

    /// <summary>The text of the current string or property name.</summary>
    public abstract string String();

    /// <summary>
    /// The current property name, and its number among the wire's words (<see cref="Utf8Tokens.NumberOf"/>), or -1
    /// when it is none of them.
    /// </summary>
    public virtual string PropertyName(out int word)
    {
        var name = String();
        word = Utf8Tokens.NumberOf(name);
        return name;
    }

    /// <summary>The value of the current <see cref="JsonToken.Boolean"/>.</summary>
    public abstract bool Boolean();

    /// <summary>The value of the current <see cref="JsonToken.Integer"/>, when it fits in 32 bits.</summary>
    public abstract bool TryGetInt32(out int value);

    /// <summary>The digits of the current number as written, for an error message.</summary>
    public abstract string NumberText();

    /// <summary>The line and position (1-based; 0 when unknown) of the token at <paramref name="mark"/>.</summary>
    public abstract (int Line, int Position) Locate(long mark);

    /// <summary>The path of the token at <paramref name="mark"/> (when <see cref="PathNow"/> was null there).</summary>
    public abstract string PathAt(long mark);

    /// <summary>The current token's path.</summary>
    public string Path() => PathNow ?? PathAt(Mark);
}
