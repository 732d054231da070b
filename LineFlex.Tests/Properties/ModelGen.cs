using System.Reflection;
using System.Text;
using CsCheck;

namespace LineFlex.Tests.Properties;

/// <summary>What kinds of trees a <see cref="ModelGen{T}"/> produces.</summary>
internal sealed record ModelGenOptions
{
    /// <summary>Well-typed trees: every value is one the writer can write and the reader can read back.</summary>
    public static ModelGenOptions WellTyped { get; } = new();

    /// <summary>Anything the model types can hold: nulls in lists, raw values, enum numbers no name has.</summary>
    public static ModelGenOptions Hostile { get; } = new() { NullListItems = true, UndefinedEnums = true };

    /// <summary>How deep boxes may nest below the root.</summary>
    public int MaxBoxDepth { get; init; } = 6;

    /// <summary>How many items a list may hold.</summary>
    public int MaxListLength { get; init; } = 6;

    /// <summary>The chance that an optional property is set.</summary>
    public double PropertyChance { get; init; } = 0.6;

    /// <summary>Whether a list may hold null items.</summary>
    public bool NullListItems { get; init; }

    /// <summary>Whether an enum may hold a number that names no member.</summary>
    public bool UndefinedEnums { get; init; }
}

/// <summary>
/// Random trees of the model, found by reflection over the model's own declarations, so a property added
/// to a model record is generated without editing this class. The size CsCheck shrinks by is the number of
/// values generated, so a shrunk counterexample is a small tree.
/// </summary>
internal sealed class ModelGen<T>(ModelGenOptions options) : Gen<T>
    where T : class
{
    public override T Generate(PCG pcg, Size? min, out Size size)
    {
        var builder = new TreeBuilder(pcg, options);
        var value = (T)builder.Build(typeof(T), depth: 0)!;
        size = new Size((ulong)builder.Count);
        return value;
    }
}

/// <summary>The generators of the property tests.</summary>
internal static class ModelGens
{
    private static readonly Type[] Exported = typeof(LineRequest).Assembly.GetExportedTypes();

    /// <summary>The concrete types a property of an abstract model type may hold.</summary>
    public static readonly IReadOnlyDictionary<Type, Type[]> Subtypes = new Dictionary<Type, Type[]>
    {
        [typeof(FlexComponent)] = Exported.Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(FlexComponent))).ToArray(),
        [typeof(FlexAction)] = Exported.Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(FlexAction))).ToArray(),
    };

    private static readonly Lazy<IReadOnlySet<Type>> Reachable = new(FindModelTypes);

    /// <summary>Every concrete model record a request can hold, found by walking the properties from <see cref="LineRequest"/>.</summary>
    public static IReadOnlySet<Type> ModelTypes() => Reachable.Value;

    private static HashSet<Type> FindModelTypes()
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(LineRequest)]);
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                pending.Push(type.GetGenericArguments()[0]);
                continue;
            }

            if (Subtypes.TryGetValue(type, out var subtypes))
            {
                foreach (var subtype in subtypes) pending.Push(subtype);
                continue;
            }

            if (type.IsClass && type != typeof(string) && found.Add(type))
            {
                foreach (var property in SettableProperties(type)) pending.Push(property.PropertyType);
            }
        }

        return found;
    }

    /// <summary>The properties of a model type that a tree sets: every public one with an init accessor.</summary>
    public static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    public static Gen<LineRequest> Requests(ModelGenOptions options) => new ModelGen<LineRequest>(options);

    public static Gen<FlexBubble> Bubbles(ModelGenOptions options) => new ModelGen<FlexBubble>(options);

    public static Gen<FlexComponent> Components(ModelGenOptions options) => new ModelGen<FlexComponent>(options);
}

/// <summary>Builds one random tree from one random stream.</summary>
internal sealed class TreeBuilder(PCG pcg, ModelGenOptions options)
{
    // Text that breaks naive writers: quotes, escapes, control characters, astral characters (emoji and
    // mathematical letters), right-to-left scripts, combining marks, Thai, zero-width joiners, markup.
    private static readonly string[] Fragments =
    [
        "Order #42", "\"quoted\"", "back\\slash", "line\nbreak", "tab\t", "\u0000nul", "\u001f", "\u007f",
        "😀", "👩‍👩‍👧‍👦", "𝕏𝔸", "🇹🇭", "مرحبا بالعالم", "שלום", "\u202Eevil\u202C", "ขอบคุณค่ะ", "ส่งของแล้ว",
        "e\u0301", "\u200B", "\uFEFF", "ありがとう", "</script><script>alert(1)</script>", "{0}", "{{", "}",
        "' OR 1=1 --", "https://example.com/a?b=c&d=e", " ", "", "\u2028\u2029", "\uFFFD", "日本語",
    ];

    private static readonly string[] Literals =
    [
        "0px", "1px", "12px", "0.5px", "100px", "0%", "5%", "50%", "100%", "1:1", "1.91:1", "20:13", "2:3",
        "#000000", "#ffffff", "#06C755", "#FFFFFF80", "#abc", "#12345", "px", "-1px", "12", "red", "",
        "MD", "Md", "10.0%", "1:0", "0:1", "#GGGGGG",
    ];

    public int Count { get; private set; }

    public object? Build(Type type, int depth)
    {
        Count++;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return NextString();
        if (underlying == typeof(int)) return NextInt();
        if (underlying == typeof(bool)) return Chance(0.5);
        if (underlying == typeof(DateTimeOffset)) return NextTime();
        if (underlying.IsEnum) return NextEnum(underlying);
        if (typeof(IFlexValue).IsAssignableFrom(underlying)) return NextValue(underlying);
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            return NextList(underlying.GetGenericArguments()[0], depth);
        }

        if (ModelGens.Subtypes.TryGetValue(underlying, out var subtypes))
        {
            var choices = depth >= options.MaxBoxDepth ? subtypes.Where(t => t != typeof(FlexBox)).ToArray() : subtypes;
            return Build(choices[Next(choices.Length)], depth);
        }

        return NextRecord(underlying, depth);
    }

    private object NextRecord(Type type, int depth)
    {
        var node = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"{type.Name} has no parameterless constructor.");
        var childDepth = type == typeof(FlexBox) ? depth + 1 : depth;
        foreach (var property in ModelGens.SettableProperties(type))
        {
            if (Chance(options.PropertyChance))
            {
                property.SetValue(node, Build(property.PropertyType, childDepth));
            }
        }

        return node;
    }

    private object NextList(Type itemType, int depth)
    {
        var length = Next(options.MaxListLength + 1);
        var items = Array.CreateInstance(itemType, length);
        for (var i = 0; i < length; i++)
        {
            items.SetValue(options.NullListItems && Chance(0.1) ? null : Build(itemType, depth), i);
        }

        var from = typeof(ValueList).GetMethod(nameof(ValueList.From))!.MakeGenericMethod(itemType);
        return from.Invoke(null, [items])!;
    }

    private object NextValue(Type valueType)
    {
        var keywords = valueType.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == valueType)
            .Select(p => p.GetValue(null)!)
            .ToArray();
        var roll = Next(10);
        if (roll < 5 && keywords.Length > 0) return keywords[Next(keywords.Length)];

        var literal = roll < 8 ? Literals[Next(Literals.Length)] : NextString();
        var tryParse = valueType.GetMethod("TryParse", [typeof(string), valueType.MakeByRefType()])!;
        object?[] arguments = [literal, null];
        if ((bool)tryParse.Invoke(null, arguments)!) return arguments[1]!;

        return valueType.GetMethod("Raw")!.Invoke(null, [literal])!;
    }

    private object NextEnum(Type enumType)
    {
        if (options.UndefinedEnums && Chance(0.05)) return Enum.ToObject(enumType, 1000 + Next(5));

        var values = Enum.GetValues(enumType);
        return values.GetValue(Next(values.Length))!;
    }

    private int NextInt() => Next(20) switch
    {
        0 => int.MaxValue,
        1 => int.MinValue,
        2 => -1 - Next(100),
        _ => Next(40),
    };

    private DateTimeOffset NextTime()
    {
        var offset = TimeSpan.FromMinutes((Next(57) - 28) * 30);
        var ticks = new DateTime(2000, 1, 1).Ticks + ((long)Next(int.MaxValue) * TimeSpan.TicksPerSecond);
        // Whole milliseconds mostly, as Infobip writes them; any tick now and then, which must survive too.
        var fraction = Chance(0.8) ? Next(1000) * TimeSpan.TicksPerMillisecond : Next((int)TimeSpan.TicksPerSecond);
        return new DateTimeOffset(ticks + fraction, offset);
    }

    private string NextString()
    {
        var parts = Next(4);
        var text = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            if (Chance(0.5))
            {
                text.Append(Fragments[Next(Fragments.Length)]);
            }
            else
            {
                // Any scalar value of Unicode: never a lone surrogate, which no UTF-8 document can hold.
                var codePoint = Next(0x10FFFF - 0x800 + 1);
                if (codePoint >= 0xD800) codePoint += 0x800;
                text.Append(char.ConvertFromUtf32(codePoint));
            }
        }

        return text.ToString();
    }

    private bool Chance(double p) => pcg.Next() < p * uint.MaxValue;

    private int Next(int exclusiveMax) => exclusiveMax <= 1 ? 0 : (int)pcg.Next((uint)exclusiveMax);
}
