namespace LineFlex.Tests.Approval;

/// <summary>The hash of an approved shape covers the fixed parts, and only them.</summary>
public class ApprovalHashTests
{
    [Test]
    public void A_refactor_that_keeps_every_fixed_part_keeps_the_hash()
    {
        var inline = ApprovedShape.Of(new InlineNotice()).Single();
        var extracted = ApprovedShape.Of(new ExtractedNotice()).Single();

        Assert.That(extracted.Hash, Is.EqualTo(inline.Hash));
    }

    [Test]
    public void Renaming_a_model_property_keeps_the_hash()
    {
        var inline = ApprovedShape.Of(new InlineNotice()).Single();
        var renamed = ApprovedShape.Of(new RenamedNotice()).Single();

        Assert.That(renamed.Hash, Is.EqualTo(inline.Hash));
        Assert.That(renamed.Slots.Select(s => s.Property), Does.Contain("Reference"));
    }

    [Test]
    public void Changing_a_fixed_text_changes_the_hash()
    {
        var inline = ApprovedShape.Of(new InlineNotice()).Single();
        var reworded = ApprovedShape.Of(new RewordedNotice()).Single();

        Assert.That(reworded.Hash, Is.Not.EqualTo(inline.Hash));
    }

    [Test]
    public void The_hash_is_the_sha256_of_the_sorted_compact_fixed_tree_without_property_names()
    {
        // Written by hand from the format docs/approval.md describes, not copied from the code's output.
        const string canonical =
            "{\"altText\":\"Notice {}\",\"contents\":{\"body\":{\"contents\":["
            + "{\"text\":\"Registration complete\",\"type\":\"TEXT\",\"weight\":\"BOLD\"},"
            + "{\"contents\":[{\"color\":\"#8C8C8C\",\"text\":\"Number\",\"type\":\"TEXT\"},{\"text\":\"{}\",\"type\":\"TEXT\"}],\"layout\":\"HORIZONTAL\",\"type\":\"BOX\"},"
            + "{\"contents\":[{\"color\":\"#8C8C8C\",\"text\":\"Items\",\"type\":\"TEXT\"},{\"text\":\"{} items\",\"type\":\"TEXT\"}],\"layout\":\"HORIZONTAL\",\"type\":\"BOX\"}"
            + "],\"layout\":\"VERTICAL\",\"type\":\"BOX\"},\"type\":\"BUBBLE\"},\"type\":\"LINE_NOTIFICATION\"}";
        var expected = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)));

        Assert.That(ApprovedShape.Of(new InlineNotice()).Single().Hash, Is.EqualTo(expected));
    }

    /// <summary>The model of the notices below.</summary>
    internal sealed record Notice(string Number, int Count);

    /// <summary>The model with a property renamed.</summary>
    internal sealed record RenamedModel(string Reference, int Count);

    /// <summary>What the notices below share; internal, so no registry of this assembly finds them.</summary>
    internal abstract class NoticeTemplate<TModel>(TModel sample) : FlexTemplate<TModel>
    {
        /// <inheritdoc/>
        public override string Name => "notice";

        /// <inheritdoc/>
        public override string Description => "A notice.";

        /// <inheritdoc/>
        public override IEnumerable<FlexSample<TModel>> Samples => [new("en", sample)];

        /// <summary>A grey label and a value, side by side.</summary>
        protected static Action<BoxBuilder> Row(string label, string value) =>
            box => box.Horizontal(row => row.Text(label, t => t.Color("#8C8C8C")).Text(value));
    }

    /// <summary>A notice written inline.</summary>
    internal sealed class InlineNotice() : NoticeTemplate<Notice>(new Notice("A-1", 2))
    {
        /// <inheritdoc/>
        protected override void Compose(MessageBuilder message, Notice notice) =>
            message.AltText($"Notice {notice.Number}").Bubble(b => b.Body(body => body
                .Text("Registration complete", t => t.Weight(FontWeight.Bold))
                .Horizontal(row => row.Text("Number", t => t.Color("#8C8C8C")).Text(notice.Number))
                .Horizontal(row => row.Text("Items", t => t.Color("#8C8C8C")).Text($"{notice.Count} items"))));
    }

    /// <summary>The same notice with the rows extracted into a helper, and another sample.</summary>
    internal sealed class ExtractedNotice() : NoticeTemplate<Notice>(new Notice("Z-99", 7))
    {
        /// <inheritdoc/>
        protected override void Compose(MessageBuilder message, Notice notice) =>
            message.AltText("Notice " + notice.Number).Bubble(b => b.Body(body => body
                .Text("Registration complete", t => t.Weight(FontWeight.Bold))
                .Apply(Row("Number", notice.Number), Row("Items", notice.Count + " items"))));
    }

    /// <summary>The notice over the renamed model.</summary>
    internal sealed class RenamedNotice() : NoticeTemplate<RenamedModel>(new RenamedModel("A-1", 2))
    {
        /// <inheritdoc/>
        protected override void Compose(MessageBuilder message, RenamedModel notice) =>
            message.AltText($"Notice {notice.Reference}").Bubble(b => b.Body(body => body
                .Text("Registration complete", t => t.Weight(FontWeight.Bold))
                .Apply(Row("Number", notice.Reference), Row("Items", $"{notice.Count} items"))));
    }

    /// <summary>The notice with its title reworded.</summary>
    internal sealed class RewordedNotice() : NoticeTemplate<Notice>(new Notice("A-1", 2))
    {
        /// <inheritdoc/>
        protected override void Compose(MessageBuilder message, Notice notice) =>
            message.AltText($"Notice {notice.Number}").Bubble(b => b.Body(body => body
                .Text("Registration completed", t => t.Weight(FontWeight.Bold))
                .Apply(Row("Number", notice.Number), Row("Items", $"{notice.Count} items"))));
    }
}
