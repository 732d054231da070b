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
        return writer.Report(counter.Count, components);
    }

    /// <summary>
    /// The serializer's compact writer, noting the byte offset where each object opens and closes and where it stands
    /// (its parent, its property name, its index in an array). Paths are spelled only for the parts reported.
    /// </summary>
    private sealed class MeasuringWriter(Utf8ByteCounter counter) : JsonTextWriter(counter)
    {
        private readonly List<Part> _parts = [];
        private readonly Stack<Frame> _frames = new();
        private string? _name;

        public override void WritePropertyName(string name)
        {
            base.WritePropertyName(name);
            _name = name;
        }

        public override void WritePropertyName(string name, bool escape)
        {
            base.WritePropertyName(name, escape);
            _name = name;
        }

        public override void WriteStartObject()
        {
            base.WriteStartObject();
            var part = _frames.Count == 0
                ? new Part(-1, null, -1, counter.Count - 1)
                : _frames.Peek() is { IsArray: true } array
                    ? new Part(array.Owner, array.Name, array.Next++, counter.Count - 1)
                    : new Part(_frames.Peek().Owner, _name, -1, counter.Count - 1);
            _parts.Add(part);
            _frames.Push(new Frame(IsArray: false, Owner: _parts.Count - 1, Name: null));
        }

        public override void WriteEndObject()
        {
            base.WriteEndObject();
            var part = _parts[_frames.Pop().Owner];
            part.Bytes = counter.Count - part.Start;
        }

        public override void WriteStartArray()
        {
            base.WriteStartArray();
            _frames.Push(new Frame(IsArray: true, Owner: _frames.Count == 0 ? -1 : _frames.Peek().Owner, Name: _name));
        }

        public override void WriteEndArray()
        {
            base.WriteEndArray();
            _frames.Pop();
        }

        public FlexSizeReport Report(long total, int components)
        {
            var blocks = _parts.Where(p => p.Parent == 0 && p.Index < 0).OrderByDescending(p => p.Bytes).Select(Spell);
            var heaviest = _parts.Where(p => p.Index >= 0).OrderByDescending(p => p.Bytes).Take(components).Select(Spell);
            return new FlexSizeReport(total, [.. blocks], [.. heaviest]);
        }

        private FlexSizePart Spell(Part part) => new(PathOf(part), part.Bytes);

        private string PathOf(Part part)
        {
            if (part.Parent < 0)
            {
                return string.Empty;
            }

            var parent = PathOf(_parts[part.Parent]);
            var name = parent.Length == 0 ? part.Name : parent + "." + part.Name;
            return part.Index < 0 ? name! : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}[{part.Index}]");
        }

        /// <summary>An object written: its parent object (-1 for the root), its property name, its index in an array (-1 when in none).</summary>
        private sealed class Part(int parent, string? name, int index, long start)
        {
            public int Parent { get; } = parent;

            public string? Name { get; } = name;

            public int Index { get; } = index;

            public long Start { get; } = start;

            public long Bytes { get; set; }
        }

        /// <summary>An open object or array; an array counts the objects written in it.</summary>
        private sealed record Frame(bool IsArray, int Owner, string? Name)
        {
            public int Next { get; set; }
        }
    }
}
