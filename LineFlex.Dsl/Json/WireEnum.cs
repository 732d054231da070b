namespace LineFlex;

/// <summary>
/// The wire words of an enum: <c>LineThrough</c> is written <c>LINE_THROUGH</c>. The table is built once
/// per enum type, so writing and reading cost a lookup, not reflection.
/// </summary>
internal static class WireEnum<T>
    where T : struct, Enum
{
    private static readonly string[] Names;
    private static readonly Dictionary<string, T> ByName;

    static WireEnum()
    {
        var values = Enum.GetValues<T>();
        Names = new string[values.Length];
        ByName = new Dictionary<string, T>(values.Length, StringComparer.Ordinal);
        foreach (var value in values)
        {
            // Interned, so a word read from the wire's word table is found by reference (TryParse).
            var wire = string.Intern(WireWords.FromMemberName(value.ToString()));
            Names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = wire;
            if (Enum.GetUnderlyingType(typeof(T)) != typeof(int))
            {
                throw new InvalidOperationException($"{typeof(T).Name} must be int-backed to be written on the wire.");
            }
            ByName[wire] = value;
        }

        Expected = string.Join(", ", Names);
    }

    /// <summary>Every wire word, comma separated, for error messages.</summary>
    public static string Expected { get; }

    /// <summary>Every wire word, in the order of the enum's values.</summary>
    public static IReadOnlyList<string> Words => Names;

    public static string Name(T value)
    {
        // Every enum of the model is int-backed; reading it as an int avoids boxing on the hot path.
        var index = System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value);
        if ((uint)index >= (uint)Names.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), value, $"{value} is not a defined {typeof(T).Name}. Use one of {Expected}.");
        }

        return Names[index];
    }

    /// <summary>
    /// The value whose wire word is <paramref name="word"/>. A word read through the wire's word table is the interned
    /// string, found by reference among the few words before any hashing.
    /// </summary>
    public static bool TryParse(string word, out T value)
    {
        var names = Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], word))
            {
                value = System.Runtime.CompilerServices.Unsafe.As<int, T>(ref i);
                return true;
            }
        }

        return ByName.TryGetValue(word, out value);
    }
}
