using System.Text;

namespace LineFlex;

/// <summary>
/// The rule that turns a C# member name into its wire word: <c>LineThrough</c> is <c>LINE_THROUGH</c>. The same file
/// is compiled into the source generator, so the words it writes at build time and the words read at run time agree.
/// </summary>
internal static class WireWords
{
    /// <summary>The UPPER_SNAKE wire word of <paramref name="name"/>.</summary>
    public static string FromMemberName(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
