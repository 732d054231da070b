using System.Globalization;
using System.Text;

namespace LineFlex;

/// <summary>C# literals for the values of the model: strings, numbers, enum members, typed values and times.</summary>
internal static class CSharpLiterals
{
    /// <summary>
    /// A regular string literal: quotes, backslashes and control characters escaped; invisible and line-breaking
    /// characters (bidirectional marks, zero-width spaces, U+2028) as <c>\uXXXX</c> so a reader sees them; every other
    /// character, Thai or emoji, as it is.
    /// </summary>
    public static string String(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (IsInvisible(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary><c>12</c>, <c>-1</c>, <c>int.MinValue</c>.</summary>
    public static string Int(int value) =>
        value == int.MinValue ? "int.MinValue" : value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary><c>FlexAlign.End</c>, or a cast for a number no member names.</summary>
    public static string Enum(object value)
    {
        var type = value.GetType();
        return System.Enum.IsDefined(type, value)
            ? $"{type.Name}.{System.Enum.GetName(type, value)}"
            : $"({type.Name}){Convert.ToInt32(value, CultureInfo.InvariantCulture)}";
    }

    /// <summary>A typed value: its literal when well formed (the implicit conversion parses it), else the raw escape hatch.</summary>
    public static CSharpCode Value(object value, string hint)
    {
        var text = Member<string>(value, "Value");
        return Member<bool>(value, "IsWellFormed") && ParsesBack(value, text)
            ? new Str(text, hint)
            : new Invocation(new Atom(value.GetType().Name), "Raw", [new Str(text, hint)]);
    }

    /// <summary>Whether <paramref name="value"/> is one of the model's typed values (<see cref="FlexLength"/>, <see cref="FlexColor"/>): a struct of LineFlex's with its text and a well-formed flag.</summary>
    public static bool IsTypedValue(object value)
    {
        var type = value.GetType();
        return type.IsValueType && !type.IsEnum && type.Assembly == typeof(Flex).Assembly
            && type.GetProperty("Value")?.PropertyType == typeof(string) && type.GetProperty("IsWellFormed")?.PropertyType == typeof(bool);
    }

    /// <summary>A public property of a typed value (<c>Value</c>, <c>IsWellFormed</c>), which every typed value has.</summary>
    private static T Member<T>(object value, string name) =>
        (T)(value.GetType().GetProperty(name)?.GetValue(value)
            ?? throw new ArgumentException($"{value.GetType().Name} is not a typed value of LineFlex: it has no {name}.", nameof(value)));

    /// <summary><c>new DateTimeOffset(2026, 12, 1, 9, 30, 0, 125, TimeSpan.FromMinutes(420))</c>, with the ticks below a millisecond added.</summary>
    public static string Time(DateTimeOffset value)
    {
        var offset = value.Offset == TimeSpan.Zero ? "TimeSpan.Zero" : $"TimeSpan.FromMinutes({(int)value.Offset.TotalMinutes})";
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"new DateTimeOffset({value.Year}, {value.Month}, {value.Day}, {value.Hour}, {value.Minute}, {value.Second}, {value.Millisecond}, {offset})");
        var ticks = value.Ticks % TimeSpan.TicksPerMillisecond;
        return ticks == 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text}.AddTicks({ticks})");
    }

    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator
        && c != ' ';

    /// <summary>Whether parsing the value's text gives the same value back, so the literal's implicit conversion is exact.</summary>
    private static bool ParsesBack(object value, string text)
    {
        var type = value.GetType();
        var tryParse = type.GetMethod("TryParse", [typeof(string), type.MakeByRefType()]);
        object?[] arguments = [text, null];
        return tryParse is not null && (bool)tryParse.Invoke(null, arguments)! && Equals(arguments[1], value);
    }
}
