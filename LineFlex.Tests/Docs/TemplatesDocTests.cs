using System.Text.RegularExpressions;

namespace LineFlex.Tests.Docs;

// templates.md begins
public sealed record ShippedLine(string Name, int Quantity);

public sealed record ShippedOrder(string Number, IReadOnlyList<ShippedLine> Lines, decimal Discount);

public sealed class OrderShipped : FlexTemplate<ShippedOrder>
{
    public override string Name => "order-shipped";                 // lowercase words joined by hyphens
    public override string Description => "Tells the buyer the order left the warehouse.";

    public override IEnumerable<FlexSample<ShippedOrder>> Samples =>
    [
        new("en", new ShippedOrder("A-1029", [new("Tea", 2)], Discount: 0)),
        new("30-items", new ShippedOrder("A-1030", [.. Enumerable.Range(1, 30).Select(i => new ShippedLine($"Tea no. {i}", 1))], Discount: 5)),
    ];

    // A shared fragment: LINE's header and footer (with their style layer) around a body that starts with the title.
    public static Action<BubbleBuilder> Notice(string title, Action<BoxBuilder> body) =>
        b => b.LineHeader().Body(box => body(box.Text(title, t => t.Bold()))).LineFooter();

    protected override void Compose(MessageBuilder message, ShippedOrder order) => message
        .AltText(FlexTextLimits.ForAltText($"Order {order.Number} has shipped"))
        .Bubble(b => b
            .Apply(Notice("Order shipped", body => body
                .Rows(order.Lines, (row, line) => row.Text(line.Name).Text($"x{line.Quantity}"), max: 10)
                .When(order.Discount > 0, d => d.Text($"Discount {order.Discount}"))))
            .Style(s => s.Body(backgroundColor: "#FFFFFF")));          // the template's own style layer
}
// templates.md ends

/// <summary>docs/templates.md's example template is this code, and it builds valid messages.</summary>
public class TemplatesDocTests
{
    [Test]
    public void The_template_in_the_docs_is_this_tests_code()
    {
        var doc = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "templates.md"));
        var source = File.ReadAllText(Path.Combine(TestData.RepositoryRoot(), "LineFlex.Tests", "Docs", "TemplatesDocTests.cs"));
        var code = Regex.Match(source, "// templates.md begins\n(.*?)// templates.md ends", RegexOptions.Singleline).Groups[1].Value;
        var docCode = Regex.Match(doc, "```csharp\nusing LineFlex;\n\n(public sealed record ShippedLine.*?)```", RegexOptions.Singleline).Groups[1].Value;

        Assert.That(docCode, Is.Not.Empty);
        Assert.That(Normalize(docCode), Is.EqualTo(Normalize(code)));
    }

    [TestCase("en")]
    [TestCase("30-items")]
    public void The_docs_template_builds_a_valid_message_from_each_sample(string sample)
    {
        var message = FlexSampleMessages.Message(new OrderShipped(), sample);

        Assert.That(new FlexValidator().Validate(message).Findings, Is.Empty);
    }

    private static string Normalize(string code) => Regex.Replace(code.Replace("\r\n", "\n", StringComparison.Ordinal), @"\s+", " ").Trim();
}
