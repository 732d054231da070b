using System.Text.RegularExpressions;

namespace LineFlex.Tests.Docs;

/// <summary>Every relative link in README.md, the package READMEs and docs/ reaches a file of the repository, and every anchor a heading.</summary>
public partial class DocLinkTests
{
    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    private static IEnumerable<string> Pages()
    {
        var root = TestData.RepositoryRoot();
        return Directory.GetFiles(Path.Combine(root, "docs"), "*.md")
            .Concat(Directory.GetFiles(root, "*.md"))
            .Order(StringComparer.Ordinal);
    }

    [Test]
    public void Every_relative_link_reaches_a_file_and_every_anchor_a_heading()
    {
        var broken = new List<string>();
        foreach (var page in Pages())
        {
            foreach (Match match in Link().Matches(File.ReadAllText(page)))
            {
                var target = match.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var file = hash < 0 ? target : target[..hash];
                var path = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, file));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{Path.GetFileName(page)}: {target} (no such file)");
                }
                else if (hash >= 0 && path.EndsWith(".md", StringComparison.Ordinal) && !Anchors(path).Contains(target[(hash + 1)..]))
                {
                    broken.Add($"{Path.GetFileName(page)}: {target} (no such heading)");
                }
            }
        }

        Assert.That(broken, Is.Empty);
    }

    [Test]
    public void No_page_links_to_the_private_reference_folder()
    {
        var cited = Pages()
            .Where(page => File.ReadAllText(page).Contains("shared/reference", StringComparison.Ordinal) || File.ReadAllText(page).Contains("`reference/", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        Assert.That(cited, Is.Empty);
    }

    /// <summary>GitHub's anchors: a heading in lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> Anchors(string page) =>
        File.ReadLines(page)
            .Where(line => line.StartsWith('#'))
            .Select(line => line.TrimStart('#').Trim().ToLowerInvariant())
            .Select(heading => new string(heading.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').ToArray()).Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);
}
