using System.Globalization;
using System.Text;

namespace LineFlex;

/// <summary>
/// The size of a bubble's compact UTF-8 wire JSON against the 30 KB limit (rule LF507), and where the bytes are:
/// each block and the heaviest components, with their paths. Made by <see cref="FlexSizeBudget.Measure"/>.
/// </summary>
/// <param name="TotalBytes">The bubble's compact UTF-8 JSON size, the figure LF507 checks.</param>
/// <param name="Blocks">Each block present (<c>header</c>, <c>body</c>, <c>footer</c>, <c>style</c>, <c>action</c>), heaviest first.</param>
/// <param name="HeaviestComponents">The heaviest components at any depth (<c>body.contents[2]</c>), heaviest first; a box counts what it holds.</param>
/// <remarks>See docs/templates.md, section "The size budget".</remarks>
public sealed record FlexSizeReport(long TotalBytes, IReadOnlyList<FlexSizePart> Blocks, IReadOnlyList<FlexSizePart> HeaviestComponents)
{
    /// <summary>The limit of a bubble's JSON: 30,000 bytes, the strict reading of 30 KB.</summary>
    public const int LimitBytes = 30_000;

    /// <summary>The bytes left before the limit; negative when the bubble is over it.</summary>
    public long RemainingBytes => LimitBytes - TotalBytes;

    /// <summary>Whether the bubble is within the limit.</summary>
    public bool Fits => TotalBytes <= LimitBytes;

    /// <summary>The heaviest blocks and components in a line: <c>body 25,210 bytes, body.contents[3] 12,004 bytes</c>.</summary>
    /// <param name="count">How many components to name after the blocks.</param>
    public string DescribeHeaviest(int count = 3)
    {
        var text = new StringBuilder();
        foreach (var part in Blocks.Take(1).Concat(HeaviestComponents.Take(count)))
        {
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(part);
        }

        return text.ToString();
    }

    /// <summary>The total against the limit: <c>12,345 of 30,000 bytes</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TotalBytes:N0} of {LimitBytes:N0} bytes");
}

/// <summary>One part of a bubble and its size on the wire.</summary>
/// <param name="Path">The part's wire path, relative to the bubble (<c>body.contents[2]</c>).</param>
/// <param name="Bytes">Its compact UTF-8 JSON size, from its opening brace to its closing one.</param>
public sealed record FlexSizePart(string Path, long Bytes)
{
    /// <summary>The path and the size: <c>body.contents[2] 1,204 bytes</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path} {Bytes:N0} bytes");
}
