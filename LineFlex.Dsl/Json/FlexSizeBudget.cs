using Newtonsoft.Json;

namespace LineFlex;

/// <summary>Measures a bubble against the 30 KB limit: <c>bubble.Measure()</c>.</summary>
/// <remarks>See docs/templates.md, section "The size budget".</remarks>
public static class FlexSizeBudget
{
    /// <summary>
    /// The bubble's compact UTF-8 JSON size and where the bytes are. It writes the bubble once, as the serializer
    /// does, counting bytes instead of keeping them and noting where each object starts and ends.
    /// </summary>
    /// <param name="bubble">The bubble to measure.</param>
    /// <param name="components">How many of the heaviest components to keep.</param>
    /// <exception cref="ArgumentException">The bubble cannot be written (an enum value cast from an integer the API does not define).</exception>
    public static FlexSizeReport Measure(this FlexBubble bubble, int components = 5)
    {
        ArgumentNullException.ThrowIfNull(bubble);
        ArgumentOutOfRangeException.ThrowIfNegative(components);
        using var counter = new Utf8ByteCounter();
        using var writer = new MeasuringWriter(counter);
        FlexJsonWriter.WriteNode(writer, bubble);
        writer.Flush();

        var blocks = writer.Parts.Where(p => !p.Path.Contains('.', StringComparison.Ordinal) && !p.Path.Contains('[', StringComparison.Ordinal) && p.Path.Length > 0);
        var heaviest = writer.Parts.Where(p => p.Path.EndsWith(']'));
        return new FlexSizeReport(
            counter.Count,
            [.. blocks.OrderByDescending(p => p.Bytes)],
            [.. heaviest.OrderByDescending(p => p.Bytes).Take(components)]);
    }

    /// <summary>The serializer's compact writer, noting the byte offset where each object opens and closes.</summary>
    private sealed class MeasuringWriter(Utf8ByteCounter counter) : JsonTextWriter(counter)
    {
        private readonly Stack<(string Path, long Start)> _open = new();

        public List<FlexSizePart> Parts { get; } = [];

        public override void WriteStartObject()
        {
            base.WriteStartObject();
            _open.Push((Path, counter.Count - 1));
        }

        public override void WriteEndObject()
        {
            base.WriteEndObject();
            var (path, start) = _open.Pop();
            Parts.Add(new FlexSizePart(path, counter.Count - start));
        }
    }
}
