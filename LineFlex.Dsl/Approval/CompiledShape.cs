using System.Buffers;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// An approved shape made ready, once, for the question a send asks of every message: does it conform? It answers
/// on the tokens the wire writer writes for the message (<see cref="WireTokens"/>: its JSON without the bytes, each
/// value the model's own) with yes or no, stopping at the first difference and spelling nothing. It never says yes
/// where <see cref="ConformanceComparison"/>, which reads the message's JSON text with Newtonsoft, finds a difference;
/// where that reading could differ from the tokens (a string Newtonsoft reads as a date, a number written two ways)
/// it says no, and the comparison, which spells every difference, has the last word.
/// </summary>
internal abstract class CompiledShape
{
    /// <summary>Whether the value at <paramref name="at"/> of <paramref name="actual"/> keeps to this part of the shape without a single difference.</summary>
    public abstract bool Accepts(WireTokens actual, int at);

    /// <summary>The shape of <paramref name="approved"/>, at <paramref name="approvedPath"/> of the approved content, whose slots are <paramref name="slots"/>.</summary>
    public static CompiledShape Of(JToken approved, string approvedPath, IReadOnlyDictionary<(string, string), ApprovedSlot> slots)
    {
        if (ShapeTree.IsAnyOf(approved))
        {
            var alternatives = ((JArray)approved[ShapeTree.AnyOf]!).Where(a => a.Type != JTokenType.Null).Select(a => Of(a, approvedPath, slots)).ToArray();
            return new AnyOf(alternatives);
        }

        CompiledShape shape = approved switch
        {
            JObject obj => new ObjectShape(obj, approvedPath, slots),
            JArray array => new SequenceShape(array, approvedPath, slots),
            JValue { Type: JTokenType.String } text => new TextShape((string)text!, approvedPath, slots),
            JValue value => new ValueShape(value),
            _ => new ValueShape(null),
        };
        return approved is JContainer container ? FixedShape.Of(container, approvedPath, slots, shape) : shape;
    }

    /// <summary>
    /// Whether Newtonsoft's default reading (<c>JObject.Parse</c>, which the comparison uses) could take
    /// <paramref name="text"/> for a date rather than a string: an ISO 8601 date or a <c>/Date(...)/</c>.
    /// </summary>
    private static bool MayReadAsDate(string text) =>
        (text.Length is >= 19 and <= 40 && char.IsAsciiDigit(text[0])) || text.StartsWith("/Date(", StringComparison.Ordinal);

    /// <summary>
    /// An object or list whose every part stands once (no alternative, no component that may be left out or repeated):
    /// the tokens the writer writes for it are known but for its slots' values, and a message that has those tokens, in
    /// the approval's order, with each slot's value matching its pattern, keeps to it. Anything else is left to the
    /// part's own shape, which also takes the properties in another order.
    /// </summary>
    private sealed class FixedShape((WireToken Kind, string? Text, int Value)[] tokens, CompiledShape[] slots, CompiledShape shape) : CompiledShape
    {
        public override bool Accepts(WireTokens actual, int at) => actual.Matches(at, tokens, slots) || shape.Accepts(actual, at);

        /// <summary>
        /// The shape of <paramref name="approved"/> compared token by token before <paramref name="shape"/>, when every
        /// part of it stands once and its own shape would accept exactly those tokens; else <paramref name="shape"/>
        /// alone (for an alternative, a part that may be left out or repeated, a value the writer never writes, a fixed
        /// text Newtonsoft may read as a date, an object of more properties than the shape takes, a component whose
        /// type is not a text).
        /// </summary>
        public static CompiledShape Of(JContainer approved, string approvedPath, IReadOnlyDictionary<(string, string), ApprovedSlot> slots, CompiledShape shape)
        {
            List<(WireToken, string?, int)> tokens = [];
            List<CompiledShape> slotShapes = [];
            return Add(approved, approvedPath, slots, tokens, slotShapes) ? new FixedShape([.. tokens], [.. slotShapes], shape) : shape;
        }

        private static bool Add(JToken approved, string approvedPath, IReadOnlyDictionary<(string, string), ApprovedSlot> slots, List<(WireToken, string?, int)> tokens, List<CompiledShape> slotShapes)
        {
            switch (approved)
            {
                // How often a component stands is its list's business; the object's own tokens leave the mark out.
                case JObject obj when ShapeTree.IsAnyOf(obj) || obj.Properties().Count(p => p.Name != ShapeTree.Occurs) > 64:
                    return false;
                case JObject obj:
                    tokens.Add((WireToken.StartObject, null, 0));
                    foreach (var property in obj.Properties().Where(p => p.Name != ShapeTree.Occurs))
                    {
                        tokens.Add((WireToken.Name, string.Intern(property.Name), 0));
                        if (!Add(property.Value, ShapeTree.Child(approvedPath, property.Name), slots, tokens, slotShapes))
                        {
                            return false;
                        }
                    }

                    tokens.Add((WireToken.EndObject, null, 0));
                    return true;
                case JArray array:
                    tokens.Add((WireToken.StartArray, null, 0));
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (ShapeTree.Occurrence(array[i]) != (false, false)
                            || (array[i] is JObject component && component["type"] is { Type: not JTokenType.String })
                            || !Add(array[i], $"{approvedPath}[{i}]", slots, tokens, slotShapes))
                        {
                            return false;
                        }
                    }

                    tokens.Add((WireToken.EndArray, null, 0));
                    return true;
                case JValue { Type: JTokenType.String } text:
                    var pattern = SlotPattern.Parse((string)text!);
                    if (pattern.FixedText is not { } fixedText)
                    {
                        // A slot: the value is the message's own, held to the pattern as the text's shape holds it.
                        tokens.Add((WireToken.String, null, slotShapes.Count));
                        slotShapes.Add(new TextShape((string)text!, approvedPath, slots));
                        return true;
                    }

                    if (MayReadAsDate(fixedText))
                    {
                        return false;
                    }

                    tokens.Add((WireToken.String, string.Intern(fixedText), 0));
                    return true;
                case JValue { Type: JTokenType.Integer, Value: long number } when number is >= int.MinValue and <= int.MaxValue:
                    tokens.Add((WireToken.Number, null, (int)number));
                    return true;
                case JValue { Type: JTokenType.Boolean } flag:
                    tokens.Add(((bool)flag ? WireToken.True : WireToken.False, null, 0));
                    return true;
                case JValue { Type: JTokenType.Null }:
                    tokens.Add((WireToken.Null, null, 0));
                    return true;
                default:
                    return false;
            }
        }
    }

    // The best of the alternatives is kept, so one without a difference is enough; with none but "absent" nothing differs.
    private sealed class AnyOf(CompiledShape[] alternatives) : CompiledShape
    {
        public override bool Accepts(WireTokens actual, int at)
        {
            if (alternatives.Length == 0)
            {
                return true;
            }

            foreach (var alternative in alternatives)
            {
                if (alternative.Accepts(actual, at))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class ObjectShape : CompiledShape
    {
        private readonly (string Name, CompiledShape Shape)[] _properties;

        /// <summary>The properties that may not be left out, a bit each.</summary>
        private readonly ulong _required;

        public ObjectShape(JObject approved, string approvedPath, IReadOnlyDictionary<(string, string), ApprovedSlot> slots)
        {
            var properties = approved.Properties().Where(p => p.Name != ShapeTree.Occurs).ToArray();

            // The writer's names are literals of the model's declarations; interned, the approval's are the same strings.
            _properties = [.. properties.Select(p => (string.Intern(p.Name), Of(p.Value, ShapeTree.Child(approvedPath, p.Name), slots)))];
            for (var k = 0; k < properties.Length && k < 64; k++)
            {
                _required |= ConformanceComparison.MayBeAbsent(properties[k].Value) ? 0 : 1UL << k;
            }
        }

        public override bool Accepts(WireTokens actual, int at)
        {
            var count = _properties.Length;
            if (actual.Kind(at) != WireToken.StartObject || count > 64)
            {
                return false;
            }

            // The message's properties are read once, in their order, which is usually the approval's: the search
            // for each starts after the last one found. A property not approved, or written twice, is a difference.
            ulong found = 0;
            var next = 0;
            for (var property = at + 1; actual.Kind(property) == WireToken.Name; property = actual.After(property + 1))
            {
                var name = actual.Text(property);
                var approved = -1;
                for (int k = 0, candidate = next; k < count; k++, candidate = candidate + 1 == count ? 0 : candidate + 1)
                {
                    if (string.Equals(name, _properties[candidate].Name, StringComparison.Ordinal))
                    {
                        approved = candidate;
                        break;
                    }
                }

                if (approved < 0 || (found & (1UL << approved)) != 0 || !_properties[approved].Shape.Accepts(actual, property + 1))
                {
                    return false;
                }

                found |= 1UL << approved;
                next = approved + 1 == count ? 0 : approved + 1;
            }

            return (found & _required) == _required;
        }
    }

    /// <summary>
    /// A list of components, each approved once, optionally or repeatedly: whether the actual list can be aligned
    /// with it at no cost, by the rules of the comparison's alignment (a component of another type never pairs).
    /// </summary>
    private sealed class SequenceShape : CompiledShape
    {
        private readonly (CompiledShape Shape, bool None, bool Many, bool IsObject, string? Type, bool TypeIsText)[] _items;

        public SequenceShape(JArray approved, string approvedPath, IReadOnlyDictionary<(string, string), ApprovedSlot> slots)
        {
            _items = new (CompiledShape, bool, bool, bool, string?, bool)[approved.Count];
            for (var i = 0; i < approved.Count; i++)
            {
                var (none, many) = ShapeTree.Occurrence(approved[i]);
                var type = (approved[i] as JObject)?["type"];
                _items[i] = (Of(approved[i], $"{approvedPath}[{i}]", slots), none, many, approved[i] is JObject, ((type as JValue)?.Value as string) is { } word ? string.Intern(word) : null, type is null or JValue { Type: JTokenType.String });
                _eachOnce &= !none && !many;
            }
        }

        /// <summary>Whether every component is approved exactly once: then the only alignment pairs them in order.</summary>
        private readonly bool _eachOnce = true;

        public override bool Accepts(WireTokens actual, int at)
        {
            if (actual.Kind(at) != WireToken.StartArray)
            {
                return false;
            }

            if (_eachOnce)
            {
                return AcceptsInOrder(actual, at);
            }

            int n = _items.Length, m = actual.Count(at);
            var rentedElements = m > 64 ? ArrayPool<int>.Shared.Rent(m) : null;
            var elements = rentedElements is null ? stackalloc int[m] : rentedElements.AsSpan(0, m);
            var size = (n + 1) * (m + 1) * 2;
            var rented = size > 512 ? ArrayPool<bool>.Shared.Rent(size) : null;
            var fits = rented is null ? stackalloc bool[size] : rented.AsSpan(0, size);
            try
            {
                for (int j = 0, element = at + 1; j < m; j++, element = actual.After(element))
                {
                    elements[j] = element;
                }

                // fits[i, j, s]: approved[i..] aligns with actual[j..] at no cost; s: approved[i] already matched once.
                int At(int i, int j, int s) => ((i * (m + 1)) + j) * 2 + s;
                for (var i = n; i >= 0; i--)
                {
                    for (var j = m; j >= 0; j--)
                    {
                        if (i == n)
                        {
                            fits[At(i, j, 0)] = fits[At(i, j, 1)] = j == m;
                            continue;
                        }

                        var (shape, none, many, _, _, _) = _items[i];
                        var pairs = j < m
                            && (fits[At(i + 1, j + 1, 0)] || (many && fits[At(i, j + 1, 1)]))
                            && SameType(i, actual, elements[j])
                            && shape.Accepts(actual, elements[j]);
                        var skip = fits[At(i + 1, j, 0)];
                        fits[At(i, j, 0)] = pairs || (none && skip);
                        fits[At(i, j, 1)] = pairs || skip;
                    }
                }

                return fits[At(0, 0, 0)];
            }
            finally
            {
                if (rentedElements is not null)
                {
                    ArrayPool<int>.Shared.Return(rentedElements);
                }

                if (rented is not null)
                {
                    ArrayPool<bool>.Shared.Return(rented);
                }
            }
        }

        /// <summary>With every component approved once, the list aligns at no cost only item by item, as many as approved.</summary>
        private bool AcceptsInOrder(WireTokens actual, int at)
        {
            var element = at + 1;
            for (var i = 0; i < _items.Length; i++)
            {
                if (actual.Kind(element) == WireToken.EndArray || !SameType(i, actual, element) || !_items[i].Shape.Accepts(actual, element))
                {
                    return false;
                }

                element = actual.After(element);
            }

            return actual.Kind(element) == WireToken.EndArray;
        }

        // The comparison never pairs two objects whose "type" reads differently; a type that is not a string is left to it.
        private bool SameType(int i, WireTokens actual, int at)
        {
            var (_, _, _, isObject, type, typeIsText) = _items[i];
            if (!isObject || actual.Kind(at) != WireToken.StartObject)
            {
                return true;
            }

            if (!typeIsText)
            {
                return false;
            }

            return actual.TryGetProperty(at, "type", out var actualType)
                ? type is not null && actual.Kind(actualType) == WireToken.String && string.Equals(actual.Text(actualType), type, StringComparison.Ordinal)
                : type is null;
        }
    }

    private sealed class TextShape : CompiledShape
    {
        private readonly SlotPattern _pattern;
        private readonly int[] _maxLengths;
        private readonly bool _fixedMayReadAsDate;
        private readonly string? _fixedText;

        public TextShape(string approved, string approvedPath, IReadOnlyDictionary<(string, string), ApprovedSlot> slots)
        {
            _pattern = SlotPattern.Parse(approved);
            _fixedMayReadAsDate = _pattern.FixedText is { } fixedText && MayReadAsDate(fixedText);

            // A fixed text is mostly a word the writer writes (a type, an enum's word) or a literal of the template's
            // code; interned, it is the very string the message holds, and comparing it costs a reference.
            _fixedText = _pattern.FixedText is { } text ? string.Intern(text) : null;
            _maxLengths = [.. _pattern.Properties.Select(p => slots.TryGetValue((approvedPath, p), out var slot) && slot.MaxLength is { } max ? max : int.MaxValue)];
        }

        public override bool Accepts(WireTokens actual, int at)
        {
            if (actual.Kind(at) != WireToken.String)
            {
                return false;
            }

            var text = actual.Text(at);
            if (_fixedText is not null)
            {
                return !_fixedMayReadAsDate && string.Equals(text, _fixedText, StringComparison.Ordinal);
            }

            return !MayReadAsDate(text) && _pattern.MatchesWithin(text, _maxLengths);
        }
    }

    // Integers, true, false and null: equal as Newtonsoft reads them. The writer writes no fraction, and Newtonsoft
    // reads an integer as one, so an approved fraction never equals a written number.
    private sealed class ValueShape(JValue? approved) : CompiledShape
    {
        private readonly WireToken? _kind = approved?.Type switch
        {
            JTokenType.Integer when approved.Value is long => WireToken.Number,
            JTokenType.Boolean => (bool)approved ? WireToken.True : WireToken.False,
            JTokenType.Null => WireToken.Null,
            _ => null,
        };

        private readonly long _number = approved?.Value is long number ? number : 0;

        public override bool Accepts(WireTokens actual, int at) =>
            _kind is { } kind && actual.Kind(at) == kind && (kind != WireToken.Number || actual.Number(at) == _number);
    }
}
