using System.Globalization;
using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// Writes the model as wire JSON, property by property in the reference order (<c>type</c> first),
/// omitting unset values and keeping a <c>flex</c> of 0. No reflection and no intermediate tree.
/// The code for each node is generated from the model's declarations (FlexJsonWriter.g.cs); this part
/// holds the primitives it calls.
/// </summary>
internal static partial class FlexJsonWriter
{
    /// <summary>
    /// Infobip's <c>yyyy-MM-dd'T'HH:mm:ss.SSSZ</c>: milliseconds and an offset without a colon. A value finer than a
    /// millisecond keeps its digits (up to seven, a tick) rather than being cut: the OpenAPI type is an RFC 3339
    /// date-time, which allows them, and a round trip must not move the time.
    /// </summary>
    internal static string FormatSendAt(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        var time = value.Ticks % TimeSpan.TicksPerMillisecond == 0
            ? value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff", CultureInfo.InvariantCulture)
            : value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff", CultureInfo.InvariantCulture).TrimEnd('0');
        return time
            + sign + offset.Hours.ToString("00", CultureInfo.InvariantCulture)
            + offset.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    private static ArgumentException NotAModelType(object node) => new(
        $"{node.GetType().Name} is not a LineFlex model type; serialize a LineRequest, a LineMessage, a FlexBubble, a component or another model record.",
        nameof(node));

    /// <summary>A list item that is null cannot be written; say where it is instead of failing somewhere inside.</summary>
    private static T NotNull<T>(JsonWriter w, T? item, int index)
        where T : class
    {
        if (item is not null)
        {
            return item;
        }

        throw new ArgumentException(
            $"The item at '{ItemPath(w, index)}' is null; remove it. FlexValidator reports it as {FlexRules.ItemRequired.Code}.",
            nameof(item));
    }

    /// <summary>
    /// Before writing the box at <paramref name="index"/> of the contents of a box standing <paramref name="level"/>
    /// deep (a block is level 1): the generated writer calls it before going deeper, so a tree of records nested deep
    /// enough to overflow the stack is refused first.
    /// </summary>
    private static void EnsureRoomBelow(JsonWriter w, int index, int level)
    {
        if (level >= FlexLimits.MaxDepth)
        {
            throw new ArgumentException(
                $"The box at '{ItemPath(w, index)}' is nested {level + 1} boxes deep; LineFlex writes at most {FlexLimits.MaxDepth} (FlexLimits.MaxDepth). "
                + $"Flatten the layout: put siblings side by side in one box rather than each in a box of its own. FlexValidator reports it as {FlexRules.NestingDepth.Code}.",
                "box");
        }
    }

    /// <summary>
    /// Before writing the component just named (the writer's path ends at its property) in a component standing
    /// <paramref name="level"/> levels deep: each box, and each component that holds one, counts a level.
    /// </summary>
    private static void EnsureRoomBelow(JsonWriter w, int level)
    {
        if (level >= FlexLimits.MaxDepth)
        {
            throw new ArgumentException(BoxNesting.TooDeepMessage(w.Path, level + 1, "writes"), "component");
        }
    }

    /// <summary>The path of the list item about to be written: the writer's path names the last item written, or the list itself before the first one.</summary>
    private static string ItemPath(JsonWriter w, int index) => $"{(index > 0 ? w.Path[..w.Path.LastIndexOf('[')] : w.Path)}[{index}]";

    // Wire names are plain ASCII words from the model's declarations: there is nothing to escape in them.
    private static void Str(JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        // The wire's writer first, by its exact type: a check and a direct call, where the abstract type costs a search.
        if (w is CompactJsonWriter<Utf8Sink> utf8)
        {
            utf8.WriteMember(name, value);
            return;
        }

        if (w is CompactJsonWriter compact)
        {
            compact.WriteMember(name, value);
            return;
        }

        w.WritePropertyName(name, escape: false);
        w.WriteValue(value);
    }

    private static void Int(JsonWriter w, string name, int? value)
    {
        if (value is not { } number)
        {
            return;
        }

        // The wire's writer first, by its exact type: a check and a direct call, where the abstract type costs a search.
        if (w is CompactJsonWriter<Utf8Sink> utf8)
        {
            utf8.WriteMember(name, number);
            return;
        }

        if (w is CompactJsonWriter compact)
        {
            compact.WriteMember(name, number);
            return;
        }

        w.WritePropertyName(name, escape: false);
        w.WriteValue(number);
    }

    private static void Bool(JsonWriter w, string name, bool? value)
    {
        if (value is not { } flag)
        {
            return;
        }

        // The wire's writer first, by its exact type: a check and a direct call, where the abstract type costs a search.
        if (w is CompactJsonWriter<Utf8Sink> utf8)
        {
            utf8.WriteMember(name, flag);
            return;
        }

        if (w is CompactJsonWriter compact)
        {
            compact.WriteMember(name, flag);
            return;
        }

        w.WritePropertyName(name, escape: false);
        w.WriteValue(flag);
    }

    /// <summary>Where a bubble starts in a UTF-8 writer noting bubbles' bytes (<see cref="WrittenBubbles"/>), or -1 in any other writer.</summary>
    private static long BubbleStart(JsonWriter w) =>
        w is CompactJsonWriter<Utf8Sink> { Bubbles: not null } utf8 ? utf8.Sink.Buffer.Length : -1;

    /// <summary>Notes the bytes <paramref name="bubble"/> took, written from <paramref name="start"/> (from <see cref="BubbleStart"/>) on.</summary>
    private static void BubbleWritten(JsonWriter w, FlexBubble bubble, long start)
    {
        if (start >= 0 && w is CompactJsonWriter<Utf8Sink> { Bubbles: { } bubbles } utf8)
        {
            bubbles.Add(bubble, utf8.Sink.Buffer.Length - start);
        }
    }

    /// <summary>A value that is a word of the model's declarations (a type, an enum's wire word): written without scanning it for characters to escape.</summary>
    private static void Word(JsonWriter w, string name, string word)
    {
        // The wire's writer first, by its exact type: a check and a direct call, where the abstract type costs a search.
        if (w is CompactJsonWriter<Utf8Sink> utf8)
        {
            utf8.WriteWordMember(name, word);
            return;
        }

        if (w is CompactJsonWriter compact)
        {
            compact.WriteWordMember(name, word);
            return;
        }

        w.WritePropertyName(name, escape: false);
        w.WriteValue(word);
    }

    private static void Enum<T>(JsonWriter w, string name, T? value)
        where T : struct, System.Enum
    {
        if (value is { } word)
        {
            Word(w, name, WireEnum<T>.Name(word));
        }
    }
}
