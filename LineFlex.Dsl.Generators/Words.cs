using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace LineFlex.Generators;

/// <summary>The naming rules the generated code follows: camel-case wire names, UPPER_CASE enum words, keyword members.</summary>
internal static class Words
{
    /// <summary><c>BackgroundColor</c> is <c>backgroundColor</c> on the wire and in fields.</summary>
    public static string Camel(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>A C# identifier for a local or parameter: <c>@event</c> where the word is a keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary><c>LineThrough</c> is written <c>LINE_THROUGH</c>: the rule of <c>WireEnum</c>, from the same source file.</summary>
    public static string WireWord(string name) => LineFlex.WireWords.FromMemberName(name);

    /// <summary>The member that holds a keyword: <c>md</c> is <c>Md</c>, <c>semi-bold</c> <c>SemiBold</c>, <c>3xl</c> <c>ThreeXl</c>.</summary>
    public static string KeywordMember(string keyword)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in keyword)
        {
            if (c is '-' or '_' or ' ')
            {
                upper = true;
                continue;
            }

            if (c is >= '0' and <= '9')
            {
                builder.Append(Digits[c - '0']);
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    private static readonly string[] Digits = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"];

    /// <summary>"a BOX", "an IMAGE": the article a wire word takes in a sentence.</summary>
    public static string WithArticle(string word) =>
        (word.Length > 0 && "AEIOUaeiou".IndexOf(word[0]) >= 0 ? "an " : "a ") + word;
}
