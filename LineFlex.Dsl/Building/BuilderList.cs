using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LineFlex;

/// <summary>
/// The items a builder collects for a list of its node (a box's children, a message's destinations), kept in the
/// builder itself: an array and a count, without a <see cref="List{T}"/> around them. A list that fills its array
/// exactly is handed to the model as it is, and the builder copies it before it changes again, so the model never
/// sees a later change and a list of one item costs one array of one item. A list that does not fill its array is
/// copied into one of its exact length. Absent (<see cref="IsAbsent"/>) until an item is added or it is cleared.
/// </summary>
/// <remarks>A mutable struct: it is used only as a builder's field, never copied while in use.</remarks>
internal struct BuilderList<T>
{
    /// <summary>The items, in the first <see cref="_count"/> places; null while the list is absent.</summary>
    private T[]? _items;

    private int _count;

    /// <summary>Whether <see cref="_items"/> was handed to the model: it is then never written again.</summary>
    private bool _handedOver;

    /// <summary>Whether the list is absent, as a list property no one set (written as nothing, not as <c>[]</c>).</summary>
    public readonly bool IsAbsent => _items is null;

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    public void Add(T item)
    {
        if (_items is null || _handedOver || _count == _items.Length)
        {
            Grow();
        }

        // The array is always one this list made, of exactly T, so the store needs no check that the item fits an
        // array of a narrower type (as storing into a T[] that may be covariant does).
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items!), _count++) = item;
    }

    /// <summary>Adds <paramref name="items"/> in order.</summary>
    public void AddRange(ReadOnlySpan<T> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <summary>
    /// Empties the list, keeping it present (written as <c>[]</c> while empty) and keeping its array unless the model
    /// holds it: a builder reused for the next sibling then needs no new array until it outgrows this one.
    /// </summary>
    public void Clear()
    {
        if (_items is not null && !_handedOver)
        {
            Array.Clear(_items, 0, _count);
        }

        _items ??= [];
        _count = 0;
    }

    /// <summary>The items as a list of the model; <see cref="ValueList{T}.Empty"/> while there are none or the list is absent.</summary>
    public ValueList<T> ToValueList()
    {
        if (_count == 0)
        {
            return ValueList<T>.Empty;
        }

        if (_count == _items!.Length)
        {
            _handedOver = true;
            return new ValueList<T>(_items);
        }

        return new ValueList<T>(_items.AsSpan(0, _count).ToArray());
    }

    /// <summary>The items as a list of the model, or null while the list is absent.</summary>
    public ValueList<T>? ToValueListOrNull() => _items is null ? null : ToValueList();

    /// <summary>
    /// A new array twice the items' number, or, for the first item, as long as the array last handed over: a builder
    /// reused child after child (a box's rows) then makes each child's list in one array of its exact length.
    /// </summary>
    private void Grow()
    {
        var length = _count == 0 ? Math.Max(1, _items?.Length ?? 0) : _count * 2;
        var items = new T[length];
        if (_count > 0)
        {
            Array.Copy(_items!, items, _count);
        }

        _items = items;
        _handedOver = false;
    }
}
