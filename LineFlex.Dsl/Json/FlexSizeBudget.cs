using System.Runtime.InteropServices;

namespace LineFlex;

/// <summary>Measures a bubble against the 30 KB limit: <c>bubble.Measure()</c>.</summary>
/// <remarks>See docs/templates.md, section "The size budget".</remarks>
public static class FlexSizeBudget
{
    /// <summary>
    /// The bubble's compact UTF-8 JSON size and where the bytes are. It walks the bubble as the serializer writes it,
    /// adding up the UTF-8 bytes each token takes instead of writing them, and noting where each object starts and ends.
    /// </summary>
    /// <param name="bubble">The bubble to measure.</param>
    /// <param name="components">How many of the heaviest components to keep.</param>
    /// <exception cref="ArgumentException">The bubble cannot be written (an enum value cast from an integer the API does not define).</exception>
    public static FlexSizeReport Measure(this FlexBubble bubble, int components = 5)
    {
        ArgumentNullException.ThrowIfNull(bubble);
        ArgumentOutOfRangeException.ThrowIfNegative(components);
        return MeasureOver(bubble, limit: -1, components)!;
    }

    /// <summary>
    /// The report of <see cref="Measure"/> when the bubble is over <paramref name="limit"/> bytes, null (and nothing
    /// allocated) when it is not: the validator's LF507 check. It counts the bytes in one walk that notes nothing else;
    /// only a bubble over the limit is walked again, noting where each object stands, for its report.
    /// </summary>
    internal static FlexSizeReport? MeasureOver(FlexBubble bubble, long limit, int components)
    {
        var scratch = MeasuringWriter.Scratch.Rent();
        try
        {
            var writer = scratch.Writer(keepParts: limit < 0);
            FlexJsonWriter.WriteNode(writer, bubble);
            if (writer.Bytes <= limit)
            {
                return null;
            }

            if (limit >= 0)
            {
                writer = scratch.Writer(keepParts: true);
                FlexJsonWriter.WriteNode(writer, bubble);
            }

            return writer.Report(components);
        }
        catch (ArgumentException)
        {
            FlexJson.ThrowWhereUnwritable(bubble);
            throw;
        }
        finally
        {
            MeasuringWriter.Scratch.Return(scratch);
        }
    }

    /// <summary>
    /// Walks what the serializer's compact writer would write and adds up its UTF-8 bytes (the same escaping, see
    /// <see cref="CompactJsonWriter"/>), taking a member (a name and its value) in one call as that writer does. When
    /// it keeps parts, it notes the offset where each object opens and closes and where it stands (its parent, its
    /// property name, its index in an array); paths are spelled only for the parts reported.
    /// </summary>
    private sealed class MeasuringWriter(MeasuringWriter.Scratch scratch) : CompactJsonWriter
    {
        private readonly List<Part> _parts = scratch.Parts;
        private Frame[] _frames = scratch.Frames;

        /// <summary>For each open object or array, whether something was written in it (so a comma goes before the next).</summary>
        private bool[] _written = scratch.Written;
        private int _depth;
        private string? _name;
        private bool _afterName;
        private bool _keepParts;

        /// <summary>The UTF-8 bytes counted so far.</summary>
        public long Bytes { get; private set; }

        /// <summary>Starts a new count, noting the parts when <paramref name="keepParts"/>.</summary>
        public MeasuringWriter Reset(bool keepParts)
        {
            _parts.Clear();
            _frames = scratch.Frames;
            _written = scratch.Written;
            _depth = 0;
            _name = null;
            _afterName = false;
            _keepParts = keepParts;
            Bytes = 0;
            return this;
        }

        public override void WritePropertyName(string name) => WritePropertyName(name, escape: true);

        public override void WritePropertyName(string name, bool escape)
        {
            Bytes += (_written[_depth - 1] ? 1 : 0) + (escape ? StringBytes(name) : name.Length + 2) + 1;
            _written[_depth - 1] = true;
            _name = name;
            _afterName = true;
        }

        public override void WriteMember(string name, string value)
        {
            BeginMember(name);
            Bytes += StringBytes(value);
        }

        public override void WriteWordMember(string name, string word)
        {
            BeginMember(name);
            Bytes += word.Length + 2;
        }

        public override void WriteMember(string name, int value)
        {
            BeginMember(name);
            Bytes += NumberBytes(value);
        }

        public override void WriteMember(string name, bool value)
        {
            BeginMember(name);
            Bytes += value ? 4 : 5;
        }

        public override void WriteStartObject()
        {
            BeforeValue();
            var start = Bytes;
            Bytes++;
            if (!_keepParts)
            {
                Push();
                return;
            }

            if (_depth == 0)
            {
                _parts.Add(new Part(-1, null, -1, start));
            }
            else if (_frames[_depth - 1].IsArray)
            {
                ref var array = ref _frames[_depth - 1];
                _parts.Add(new Part(array.Owner, array.Name, array.Next++, start));
            }
            else
            {
                _parts.Add(new Part(_frames[_depth - 1].Owner, _name, -1, start));
            }

            Push(new Frame(IsArray: false, Owner: _parts.Count - 1, Name: null));
        }

        public override void WriteEndObject()
        {
            Bytes++;
            _depth--;
            if (_keepParts)
            {
                ref var part = ref CollectionsMarshal.AsSpan(_parts)[_frames[_depth].Owner];
                part.Bytes = Bytes - part.Start;
            }
        }

        public override void WriteStartArray()
        {
            BeforeValue();
            Bytes++;
            if (_keepParts)
            {
                Push(new Frame(IsArray: true, Owner: _depth == 0 ? -1 : _frames[_depth - 1].Owner, Name: _name));
            }
            else
            {
                Push();
            }
        }

        public override void WriteEndArray()
        {
            Bytes++;
            _depth--;
        }

        public override void WriteValue(string? value)
        {
            if (value is null)
            {
                WriteNull();
                return;
            }

            BeforeValue();
            Bytes += StringBytes(value);
        }

        public override void WriteValue(int value)
        {
            BeforeValue();
            Bytes += NumberBytes(value);
        }

        public override void WriteValue(bool value)
        {
            BeforeValue();
            Bytes += value ? 4 : 5;
        }

        public override void WriteNull()
        {
            BeforeValue();
            Bytes += 4;
        }

        public override void Flush()
        {
        }

        public FlexSizeReport Report(int components)
        {
            var parts = CollectionsMarshal.AsSpan(_parts);
            return new FlexSizeReport(Bytes, Heaviest(parts, blocks: true, int.MaxValue), Heaviest(parts, blocks: false, components));
        }

        /// <summary>
        /// A member's name, quoted, with its colon, and a comma before it but for the object's first. A name the writer
        /// writes unescaped is a word of the model's declarations, plain ASCII, written as it stands (as is a word value).
        /// </summary>
        private void BeginMember(string name)
        {
            Bytes += (_written[_depth - 1] ? 1 : 0) + name.Length + 3;
            _written[_depth - 1] = true;
        }

        private static int NumberBytes(int value) => value < 0 ? 1 + Digits(-(long)value) : Digits(value);

        /// <summary>A comma before every value in an object or array but the first (a property's value follows its name).</summary>
        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_depth > 0)
            {
                Bytes += _written[_depth - 1] ? 1 : 0;
                _written[_depth - 1] = true;
            }
        }

        /// <summary>A JSON string's UTF-8 bytes with its quotes, escaped as <see cref="CompactJsonWriter"/> escapes it.</summary>
        private static long StringBytes(string value)
        {
            // Most wire text is printable ASCII with nothing to escape: one byte a character, found in one pass.
            if (!value.AsSpan().ContainsAnyExcept(Plain))
            {
                return value.Length + 2;
            }

            long bytes = 2;
            var rest = value.AsSpan();
            while (true)
            {
                var at = rest.IndexOfAny(CompactJsonWriter.Escaped);
                if (at < 0)
                {
                    return bytes + Utf8Bytes(rest);
                }

                bytes += Utf8Bytes(rest[..at]) + (CompactJsonWriter.ShortEscape(rest[at]) is null ? 6 : 2);
                rest = rest[(at + 1)..];
            }
        }

        /// <summary>The characters written as one byte each, unescaped: printable ASCII but the quote and the backslash.</summary>
        private static readonly System.Buffers.SearchValues<char> Plain = System.Buffers.SearchValues.Create(
            string.Concat(Enumerable.Range(' ', '\u007F' - ' ' + 1).Select(c => (char)c).Where(c => c is not ('"' or '\\'))));

        /// <summary>Wire text is mostly ASCII, one byte a character; the encoder counts the rest (a lone surrogate as the replacement character's three bytes, as the UTF-8 sent has it).</summary>
        private static int Utf8Bytes(ReadOnlySpan<char> text) =>
            System.Text.Ascii.IsValid(text) ? text.Length : System.Text.Encoding.UTF8.GetByteCount(text);

        private static int Digits(long value)
        {
            var digits = 1;
            while (value >= 10)
            {
                value /= 10;
                digits++;
            }

            return digits;
        }

        /// <summary>
        /// The <paramref name="count"/> heaviest blocks (objects directly in the bubble) or components (objects held in
        /// arrays), heaviest first and the earliest of equals first, found in one pass.
        /// </summary>
        private List<FlexSizePart> Heaviest(ReadOnlySpan<Part> parts, bool blocks, int count)
        {
            // Blocks are at most five; the components asked for are few. The kept indexes live on the stack.
            count = Math.Min(count, parts.Length);
            Span<int> kept = count <= 32 ? stackalloc int[count + 1] : new int[count + 1];
            var keptCount = 0;
            for (var i = 0; i < parts.Length && count > 0; i++)
            {
                var wanted = blocks ? parts[i].Parent == 0 && parts[i].Index < 0 : parts[i].Index >= 0;
                if (!wanted || (keptCount == count && parts[i].Bytes <= parts[kept[keptCount - 1]].Bytes))
                {
                    continue;
                }

                var at = keptCount;
                while (at > 0 && parts[kept[at - 1]].Bytes < parts[i].Bytes)
                {
                    kept[at] = kept[at - 1];
                    at--;
                }

                kept[at] = i;
                keptCount = Math.Min(keptCount + 1, count);
            }

            List<FlexSizePart> heaviest = new(keptCount);
            foreach (var i in kept[..keptCount])
            {
                heaviest.Add(Spell(parts[i]));
            }

            return heaviest;
        }

        /// <summary>Opens an object or array where the parts are noted: where it stands, then the comma's state.</summary>
        private void Push(Frame frame)
        {
            if (_depth == _frames.Length)
            {
                Array.Resize(ref _frames, _depth * 2);
                scratch.Frames = _frames;
            }

            _frames[_depth] = frame;
            Push();
        }

        /// <summary>Opens an object or array: nothing written in it yet.</summary>
        private void Push()
        {
            if (_depth == _written.Length)
            {
                Array.Resize(ref _written, _depth * 2);
                scratch.Written = _written;
            }

            _written[_depth++] = false;
        }

        private FlexSizePart Spell(in Part part)
        {
            var path = scratch.Path;
            path.Clear();
            AppendPath(path, part);
            return new(path.ToString(), part.Bytes);
        }

        /// <summary>Appends the path of <paramref name="part"/> (<c>body.contents[2]</c>), its ancestors' first.</summary>
        private void AppendPath(System.Text.StringBuilder path, in Part part)
        {
            if (part.Parent < 0)
            {
                return;
            }

            AppendPath(path, CollectionsMarshal.AsSpan(_parts)[part.Parent]);
            if (path.Length > 0)
            {
                path.Append('.');
            }

            path.Append(part.Name);
            if (part.Index >= 0)
            {
                path.Append('[').Append(part.Index).Append(']');
            }
        }

        /// <summary>
        /// The lists a measure works in, kept for the next measure on the same thread (a measure inside another, which
        /// none makes, would get new ones): measuring then allocates little beyond its report.
        /// </summary>
        internal sealed class Scratch
        {
            [ThreadStatic]
            private static Scratch? s_free;

            public List<Part> Parts { get; } = new(32);

            public Frame[] Frames { get; set; } = new Frame[16];

            public bool[] Written { get; set; } = new bool[16];

            public System.Text.StringBuilder Path { get; } = new(64);

            private MeasuringWriter? _writer;

            /// <summary>This scratch's writer, ready for a new count.</summary>
            public MeasuringWriter Writer(bool keepParts) => (_writer ??= new MeasuringWriter(this)).Reset(keepParts);

            public static Scratch Rent()
            {
                var scratch = s_free ?? new Scratch();
                s_free = null;
                return scratch;
            }

            public static void Return(Scratch scratch)
            {
                scratch.Parts.Clear();
                Array.Clear(scratch.Frames);
                scratch.Path.Clear();
                s_free = scratch;
            }
        }

        /// <summary>An object written: its parent object (-1 for the root), its property name, its index in an array (-1 when in none).</summary>
        internal record struct Part(int Parent, string? Name, int Index, long Start)
        {
            public long Bytes { get; set; }
        }

        /// <summary>An open object or array where the parts are noted; an array counts the objects written in it.</summary>
        internal record struct Frame(bool IsArray, int Owner, string? Name)
        {
            /// <summary>How many objects were written in an array so far.</summary>
            public int Next { get; set; }
        }
    }
}
