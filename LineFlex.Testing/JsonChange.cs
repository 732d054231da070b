namespace LineFlex.Testing;

/// <summary>One difference between a snapshot's JSON and the new JSON, at a wire path.</summary>
/// <param name="Path">The wire path (<c>content.contents.body.contents[3].text</c>); empty for the root.</param>
/// <param name="Old">The snapshot's value as compact JSON, or null when the snapshot has none there.</param>
/// <param name="New">The new value as compact JSON, or null when the new JSON has none there.</param>
public sealed record JsonChange(string Path, string? Old, string? New)
{
    /// <summary>The change in one line: <c>body.contents[3].text: "Total" -&gt; "Grand total"</c>; a value that is not there shows as <c>(none)</c>.</summary>
    public override string ToString() =>
        $"{(Path.Length == 0 ? "(root)" : Path)}: {Show(Old)} -> {Show(New)}";

    private static string Show(string? value) => value is null ? "(none)" : FlexLimits.Excerpt(value);
}
