using System.Text;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// Names a model property after what stands around its slot in the design: a row's value after its label
/// (<c>"Tracking no."</c> gives <c>TrackingNo</c>), a label after its own words (<c>TrackingNoLabel</c>), a button's URI
/// after the button (<c>TrackPackageUri</c>), the alt text <c>AltText</c>; and by its kind (<c>Text</c>, <c>Uri</c>) when
/// nothing around it is in ASCII words. Names are unique and never a member every record has.
/// </summary>
internal sealed class ModelPropertyNames(string modelName)
{
    private const int MaxWords = 4;

    /// <summary>Members every record has, and so no property may be named.</summary>
    private static readonly string[] RecordMembers = ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "EqualityContract", "PrintMembers", "MemberwiseClone", "Finalize"];

    private readonly HashSet<string> _taken = new([.. RecordMembers, modelName], StringComparer.Ordinal);

    /// <summary>A new, unique name for the property that fills <paramref name="slot"/>.</summary>
    public string For(DesignSlot slot)
    {
        var name = Describe(slot);
        var unique = name;
        for (var i = 2; !_taken.Add(unique); i++)
        {
            unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private static string Describe(DesignSlot slot)
    {
        var owner = slot.Tokens.Select(t => t.Parent?.Parent as JObject).ToList();
        switch (slot.Key)
        {
            case "altText":
                return "AltText";
            case "url":
                return (string?)owner[0]?["type"] == "ICON" ? "IconUrl" : "ImageUrl";
            case "label" or "uri" or "data" or "displayText" or "desktop":
                var action = owner.Select(o => o?["type"] is null ? o?.Parent?.Parent as JObject : o).ToList();
                var button = Words(action.Select(a => (string?)a?["label"])) ?? "Button";
                return button + slot.Key switch
                {
                    "label" => "Label",
                    "uri" => "Uri",
                    "data" => "Data",
                    "displayText" => "DisplayText",
                    _ => "DesktopUri",
                };
            default:
                // A text in a row: the value after a label takes the label's words; the label, its own.
                if (Sibling(owner, -1) is { } label && Words(label) is { } labelled)
                {
                    return labelled;
                }

                if (Sibling(owner, +1) is not null && Words(slot.Values) is { } own)
                {
                    return own + "Label";
                }

                return slot.Values.Any(v => v.Any(char.IsDigit)) ? "Text" : Words(slot.Values) ?? "Text";
        }
    }

    /// <summary>The texts of the component beside each sample's text component in a row (<paramref name="offset"/> before or after), when it is a text.</summary>
    private static List<string?>? Sibling(List<JObject?> components, int offset)
    {
        var texts = new List<string?>();
        foreach (var component in components)
        {
            if (component?.Parent is not JArray { Parent.Parent: JObject box } row || (string?)box["layout"] is not ("HORIZONTAL" or "BASELINE"))
            {
                return null;
            }

            var index = row.IndexOf(component) + offset;
            if (index < 0 || index >= row.Count || row[index] is not JObject { } other || (string?)other["type"] != "TEXT")
            {
                return null;
            }

            texts.Add((string?)other["text"]);
        }

        return texts;
    }

    /// <summary>The first of <paramref name="texts"/> that holds ASCII words, as a PascalCase name of at most four words.</summary>
    private static string? Words(IEnumerable<string?> texts)
    {
        foreach (var text in texts)
        {
            var words = AsciiWords(text ?? string.Empty).Take(MaxWords).ToList();
            if (words.Count > 0 && char.IsAsciiLetter(words[0][0]))
            {
                return words.Aggregate(new StringBuilder(), (name, word) => name.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1))).ToString();
            }
        }

        return null;
    }

    /// <summary>The runs of ASCII letters and digits in <paramref name="text"/>, in order.</summary>
    private static IEnumerable<string> AsciiWords(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsAsciiLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
