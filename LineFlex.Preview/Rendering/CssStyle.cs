using System.Text;

namespace LineFlex;

/// <summary>
/// Collects the declarations of one element's <c>style</c> attribute; a null value is left out. One instance is
/// reused for every element of a card: <see cref="WriteTo"/> empties it.
/// </summary>
internal sealed class CssStyle
{
    private readonly StringBuilder _declarations = new(128);

    public CssStyle Add(string property, string? value)
    {
        if (value is not null)
        {
            _declarations.Append(property).Append(':').Append(value).Append(';');
        }

        return this;
    }

    /// <summary>Appends <c> style="..."</c>, or nothing when no declaration was added; then starts over.</summary>
    public void WriteTo(StringBuilder html)
    {
        if (_declarations.Length > 0)
        {
            html.Append(" style=\"").AppendEscaped(_declarations.ToString()).Append('"');
            _declarations.Clear();
        }
    }
}
