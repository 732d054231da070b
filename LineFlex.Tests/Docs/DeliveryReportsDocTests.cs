using System.Reflection;

namespace LineFlex.Tests.Docs;

/// <summary>docs/delivery-reports.md lists every property of a report and every status and error group.</summary>
public class DeliveryReportsDocTests
{
    private static readonly Type[] Parts = [typeof(DeliveryPrice), typeof(DeliveryStatus), typeof(DeliveryError), typeof(DeliveryPlatform)];

    private static string Doc => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "delivery-reports.md"));

    /// <summary>Each property as its row begins: <c>| `status.groupName` | `Status.GroupName` |</c>; a computed one with its C# name only.</summary>
    private static IEnumerable<string> ExpectedRows()
    {
        foreach (var property in typeof(DeliveryReport).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!Parts.Contains(property.PropertyType))
            {
                yield return $"| `{Wire(property)}` | `{property.Name}` |";
                continue;
            }

            foreach (var part in property.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                yield return part.CanWrite
                    ? $"| `{Wire(property)}.{Wire(part)}` | `{property.Name}.{part.Name}` |"
                    : $"| (from `groupName`) | `{property.Name}.{part.Name}` |";
            }
        }
    }

    [Test]
    public void Every_property_of_a_report_has_a_row()
    {
        var doc = Doc;

        Assert.That(ExpectedRows().Where(row => !doc.Contains(row, StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Every_status_group_and_error_group_has_a_row_with_the_name_it_is_read_from()
    {
        var doc = Doc;
        var rows = Enum.GetValues<StatusGroup>().Where(g => g != StatusGroup.Unknown)
            .Select(g => (Row: $"| `{g}` | `{Screaming(g.ToString())}` |", ReadAs: new DeliveryStatus { GroupName = Screaming(g.ToString()) }.Group.ToString(), Name: g.ToString()))
            .Concat(Enum.GetValues<ErrorGroup>().Where(g => g != ErrorGroup.Unknown)
                .Select(g => (Row: $"| `{g}` | `{Screaming(g.ToString())}` |", ReadAs: new DeliveryError { GroupName = Screaming(g.ToString()) }.Group.ToString(), Name: g.ToString())))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rows.Where(r => r.ReadAs != r.Name).Select(r => r.Row), Is.Empty, "rows whose wire name the code does not read as that group");
            Assert.That(rows.Select(r => r.Row).Where(row => !doc.Contains(row, StringComparison.Ordinal)), Is.Empty);
            Assert.That(doc, Does.Contain("| `Unknown` | anything else | a group name this version of LineFlex does not know"));
            Assert.That(doc, Does.Contain("| `Unknown` | anything else | a group name this version does not know"));
        });
    }

    /// <summary><c>HandsetErrors</c> as Infobip writes it: <c>HANDSET_ERRORS</c>.</summary>
    private static string Screaming(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private static string Wire(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
}
