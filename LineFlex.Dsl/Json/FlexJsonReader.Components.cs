using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// Components and actions: their <c>type</c> may come last, so the generated code gathers their properties into a
/// fields object first and builds the record once the type is known. This part bounds how deep components nest and
/// decides what a child without a <c>type</c> is.
/// </summary>
internal sealed partial class FlexJsonReader
{
    private static readonly string BoxType = WireEnum<ComponentType>.Name(ComponentType.Box);

    private static readonly string SpanType = WireEnum<ComponentType>.Name(ComponentType.Span);

    private const string FlattenTheLayout = "Flatten the layout: put siblings side by side in one box rather than each in a box of its own.";

    /// <summary>Marks a child read without a <c>type</c>; resolved when its parent's type is known.</summary>
    private const string PendingSpanType = "\0span?";

    /// <summary>Reads a component; <paramref name="impliedType"/> is the type the schema fixes at this place (a block is a BOX).</summary>
    private FlexComponent? ReadFlexComponent(string? impliedType)
    {
        if (!BeginObject(Noun.FlexComponent))
        {
            return null;
        }

        // Children are read before their parent's type is known, so the bound leaves room for a TEXT and its
        // SPANs in the deepest box; a box itself is held to the limit below.
        if (++_componentLevel > FlexLimits.MaxDepth + BoxNesting.LeafLevels)
        {
            Fail($"Components nest deeper than LineFlex reads: boxes nest at most {FlexLimits.MaxDepth} deep (FlexLimits.MaxDepth), with a TEXT and its SPANs in the deepest. {FlattenTheLayout}");
        }

        // A component's fields are done with once it is built, so each level of nesting keeps one for the next.
        if (_componentFields.Count < _componentLevel)
        {
            _componentFields.Add(new FlexComponentFields(this));
        }

        var f = _componentFields[_componentLevel - 1];
        f.Begin();
        var outer = _open;
        _open = f;
        ReadFlexComponentFields(f);
        _open = outer;
        var type = f.Type ?? impliedType;
        FlexComponent component;
        if (type == PendingSpanType)
        {
            // Only valid as a SPAN inside a TEXT: build it as one and let the parent check.
            component = f.HasOnly(FlexSpanBits) ? new PendingSpan(BuildFlexComponent(f, SpanType)) : BuildFlexComponent(f, type: null);
        }
        else
        {
            component = BuildFlexComponent(f, type);
            // Every component around one that counts a level counts one too (it holds a box through it), so the
            // components open are the levels.
            if (BoxNesting.CountsALevel(component) && _componentLevel > FlexLimits.MaxDepth)
            {
                var nested = component is FlexBox
                    ? $"This box is nested {_componentLevel} boxes deep"
                    : $"This {WireEnum<ComponentType>.Name(component.Type)} is nested {_componentLevel} levels deep (each box, and each component holding one, counts a level)";
                throw ErrorAt($"{nested}; at most {FlexLimits.MaxDepth} may nest (FlexLimits.MaxDepth). {FlattenTheLayout}", f.Path, f.StartMark);
            }
        }

        f.End();
        _componentLevel--;
        return component;
    }

    /// <summary>Reads an action. An action always names its type, even where only one kind may stand, so none is implied.</summary>
    private FlexAction? ReadFlexAction(string? impliedType)
    {
        _ = impliedType;
        if (!BeginObject(Noun.FlexAction))
        {
            return null;
        }

        // Actions do not nest, so one set of fields serves them all.
        var f = _actionFields ??= new FlexActionFields(this);
        f.Begin();
        var outer = _open;
        _open = f;
        ReadFlexActionFields(f);
        _open = outer;
        var action = BuildFlexAction(f, f.Type);
        f.End();
        return action;
    }

    /// <summary>Reads a <typeparamref name="T"/> where the schema allows nothing else, refusing another subtype of <typeparamref name="TBase"/>.</summary>
    private T? ReadSubtype<TBase, T>(Func<FlexJsonReader, string?, TBase?> read, string type, string noun)
        where TBase : class
        where T : class, TBase
    {
        var start = _reader.Mark;
        var node = read(this, type);
        if (node is null or T)
        {
            return (T?)node;
        }

        // The reader stands at the end of the node, where its path is the one at its start.
        throw ErrorAt($"Expected {noun} here, but found {NounOf(node)}.", Here().Path, start);
    }

    /// <summary>
    /// Reads the <c>contents</c> of the component being read (<see cref="_open"/>) onto <see cref="_children"/>,
    /// keeping where each child stood, for the parent to check once its type is known.
    /// </summary>
    private ChildRange? ReadFlexComponentChildren()
    {
        if (!BeginArray("components", "a component"))
        {
            return null;
        }

        var start = _children.Count;
        while (NextItem("a component", JsonToken.StartObject))
        {
            var index = ++_open!.Item;
            var mark = _reader.Mark;

            // A TEXT's contents are SPANs by the schema, so a child without a type is taken as a SPAN
            // once the parent turns out to be a TEXT; until then it is kept untyped.
            _children.Add(new Child<FlexComponent>(ReadFlexComponent(impliedType: PendingSpanType)!, index, mark));
        }

        return new ChildRange(start, _children.Count - start);
    }

    /// <summary>
    /// The children as the list a <typeparamref name="T"/> holds: a box holds any component, a TEXT only SPANs;
    /// <paramref name="noun"/> is what one item is called ("a SPAN"). They were read from <paramref name="parent"/>'s
    /// <paramref name="property"/>, which names them in errors.
    /// </summary>
    private static ValueList<T>? Children<T>(Fields parent, string property, ChildRange? range, string noun)
        where T : FlexComponent
    {
        if (range is null)
        {
            return null;
        }

        var children = parent.Children(range.Value);
        var items = new T[children.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var (item, index, mark) = children[i];
            if (item is PendingSpan pending)
            {
                // Only a list of SPANs (a TEXT's contents) implies the type of a child that names none.
                items[i] = (typeof(T) == typeof(FlexSpan) ? pending.Resolved as T : null)
                    ?? throw parent.ErrorAt(MissingTypeProblem(Noun.FlexComponent, WireEnum<ComponentType>.Expected), JoinPath(parent.ItemPath(property, index), FlexSchema.TypeProperty), mark);
            }
            else
            {
                items[i] = item as T
                    ?? throw parent.ErrorAt($"{Capitalize(NounOf(children[i].Item))} cannot stand here: only {WithoutArticle(noun)}s can.", parent.ItemPath(property, index), mark);
            }
        }

        return new ValueList<T>(items);
    }

    private static string MissingTypeProblem(string noun, string types) => $"{Capitalize(noun)} needs a \"type\": one of {types}.";

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Where the children of one list stand in <see cref="_children"/>.</summary>
    private readonly record struct ChildRange(int Start, int Count);

    /// <summary>A child as read, with where it stood: its index in its parent's list, and its token's mark.</summary>
    private readonly record struct Child<T>(T Item, int Index, long Mark);

    /// <summary>A child read without a type, waiting to learn whether its parent is a TEXT.</summary>
    private sealed record PendingSpan(FlexComponent Resolved) : FlexComponent
    {
        public override ComponentType Type => ComponentType.Span;
    }

    /// <summary>
    /// The properties of a component or action as read, with where each one stood; the generated subclass of each
    /// holds their values. One object serves one object of the JSON after another: <see cref="Begin"/> clears it.
    /// </summary>
    /// <remarks>
    /// Which properties were given is a mask, one bit for each of <paramref name="names"/> (the node's property names),
    /// so a name given twice and a property the type does not have are each found with one test.
    /// The path is spelt only for an error: a component or action that is the value of a property of the one being
    /// read (an action, a child in <c>contents</c>) keeps its parent, the property and the index, and spells its path
    /// from theirs. Anywhere else it takes the reader's path at once.
    /// </remarks>
    private abstract class Fields(FlexJsonReader reader, string[] names)
    {
        /// <summary>For each of <c>names</c> given, the marks of its name and of its value.</summary>
        private readonly long[] _marks = new long[names.Length * 2];

        /// <summary>The properties given: bit i for <c>names[i]</c>.</summary>
        private ulong _given;

        /// <summary>Where this object's children start in the reader's <see cref="_children"/>.</summary>
        private int _childrenStart;

        /// <summary>How many arrays and objects enclose this one in the JSON.</summary>
        private int _depth;

        private Fields? _parent;
        private string? _property;
        private int _index;
        private string? _path;

        public string Path => _path ??= _parent is null ? reader._reader.PathAt(StartMark) : _parent.Join(_property!, _index);

        /// <summary>The mark of the token that starts this object.</summary>
        public long StartMark { get; private set; }

        public string? Type { get; set; }

        /// <summary>The property being read.</summary>
        public string? Property { get; private set; }

        /// <summary>The index of the item being read in <see cref="Property"/>'s list; -1 outside a list.</summary>
        public int Item { get; set; } = -1;

        /// <summary>Starts on the object the reader stands at, with no property read yet.</summary>
        public void Begin()
        {
            var json = reader._reader;
            _depth = json.Depth;
            StartMark = json.Mark;
            (Type, Property, Item, _given, _childrenStart) = (null, null, -1, 0, reader._children.Count);

            // The value of the parent's current property stands one level deeper; an item of its list two.
            if (reader._open is { Property: { } property } parent && _depth == parent._depth + (parent.Item >= 0 ? 2 : 1))
            {
                (_parent, _property, _index, _path) = (parent, property, parent.Item, null);
            }
            else
            {
                // A Newtonsoft reader's path is taken now; tokens read in one pass spell it only for an error.
                (_parent, _property, _index, _path) = (null, null, -1, json.PathNow);
            }
        }

        /// <summary>Lets go of the properties once the node is built.</summary>
        public void End()
        {
            reader._children.RemoveRange(_childrenStart, reader._children.Count - _childrenStart);
            Forget();
        }

        /// <summary>Lets go of the values and the parent, which the next object does not need.</summary>
        public void Forget()
        {
            Clear();
            (Type, Property, _parent, _property, _path) = (null, null, null, null, null);
        }

        /// <summary>
        /// Keeps where <c>names[<paramref name="index"/>]</c>, the name the reader stands at, and its value stood, and
        /// moves to the value; fails if the name was given before.
        /// </summary>
        public void Seen(int index)
        {
            var json = reader._reader;
            var name = names[index];
            if ((_given & (1UL << index)) != 0)
            {
                reader.Twice(name, _marks[2 * index]);
            }

            _given |= 1UL << index;
            _marks[2 * index] = json.Mark;
            reader.NextValue(name);
            _marks[(2 * index) + 1] = json.Mark;
            Property = name;
            Item = -1;
        }

        /// <summary>The path of an item in <paramref name="property"/>'s list, as errors show it.</summary>
        public string ItemPath(string property, int index) => BoundedPath(Join(property, index));

        /// <summary>The path of <paramref name="property"/> (<paramref name="index"/> &lt; 0) or of an item in its list, as the reader spells it.</summary>
        private string Join(string property, int index)
        {
            var path = JoinPath(Path, property);
            return index < 0 ? path : $"{path}[{index}]";
        }

        /// <summary>Whether every property given is one of <paramref name="allowed"/> (a mask of <c>names</c>).</summary>
        public bool HasOnly(ulong allowed) => (_given & ~allowed) == 0;

        /// <summary>Fails on the first property (in the document) that <paramref name="what"/>, whose <paramref name="allowed"/> are these, does not have.</summary>
        public void Only(ulong allowed, string[] allowedNames, string what)
        {
            var others = _given & ~allowed;
            if (others == 0)
            {
                return;
            }

            var first = -1;
            for (; others != 0; others &= others - 1)
            {
                var index = System.Numerics.BitOperations.TrailingZeroCount(others);
                first = first < 0 || _marks[2 * index] < _marks[2 * first] ? index : first;
            }

            var name = names[first];
            throw At(name, $"{Capitalize(what)} has no property '{FlexLimits.Excerpt(name)}'. Its properties are: {string.Join(", ", allowedNames)}.");
        }

        public T? Word<T>(string property, string? word)
            where T : struct, Enum
        {
            if (word is null)
            {
                return null;
            }

            if (WireEnum<T>.TryParse(word, out var value))
            {
                return value;
            }

            throw At(property, $"\"{FlexLimits.Excerpt(word)}\" is not a valid '{property}'. Expected one of {WireEnum<T>.Expected}.");
        }

        /// <summary>The object names no <c>type</c>: reported at <c>type</c>, the property to add, and where the object starts.</summary>
        public FlexJsonException MissingType(string noun, string types) =>
            ErrorAt(MissingTypeProblem(noun, types), JoinPath(Path, FlexSchema.TypeProperty), StartMark);

        public FlexJsonException NotAType(string type, string noun, string types) =>
            At(FlexSchema.TypeProperty, $"\"{FlexLimits.Excerpt(type)}\" is not {noun} type. Expected one of {types}.");

        /// <summary>An error at <paramref name="property"/>'s value if it was given, else at the object.</summary>
        public FlexJsonException At(string property, string problem)
        {
            var index = Array.IndexOf(names, property);
            return index >= 0 && (_given & (1UL << index)) != 0
                ? ErrorAt(problem, JoinPath(Path, property), _marks[(2 * index) + 1])
                : ErrorAt(problem, Path, StartMark);
        }

        /// <summary>An error at the token at <paramref name="mark"/>, at its line and position as the reader told them.</summary>
        public FlexJsonException ErrorAt(string problem, string path, long mark)
        {
            var (line, position) = reader._reader.Locate(mark);
            return new FlexJsonException(problem, path, line, position);
        }

        /// <summary>Clears the values of the properties read into the last object.</summary>
        protected abstract void Clear();

        /// <summary>The children read into <paramref name="range"/>.</summary>
        public ReadOnlySpan<Child<FlexComponent>> Children(ChildRange range) =>
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(reader._children).Slice(range.Start, range.Count);
    }
}
