using LineFlex.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Testing;

/// <summary>FlexSnapshot: validate, snapshot the wire JSON, and name each changed path on a mismatch.</summary>
public class FlexSnapshotTests
{
    private string _folder = null!;

    private string TestFile => Path.Combine(_folder, "SomeTests.cs");

    private string SnapshotFile(string name) => Path.Combine(_folder, "__snapshots__", name + ".snap");

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("lineflex-snapshot-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static LineMessage Receipt(string total) =>
        Flex.Message().Sender("acme").To("66812345678").AltText("Receipt")
            .Bubble(b => b.Body(body => body.Text("Receipt").Text("Tea").Text(total)))
            .Build();

    [Test]
    public void A_missing_snapshot_is_written_as_the_indented_wire_json()
    {
        new FlexSnapshot(new FlexSnapshotOptions { Strict = false }).Match(Receipt("Total"), "receipt", TestFile);

        Assert.That(File.ReadAllText(SnapshotFile("receipt")), Is.EqualTo(FlexJson.Serialize(Receipt("Total"), indented: true) + "\n"));
    }

    [Test]
    public void A_new_snapshot_and_a_mismatch_are_written_without_a_byte_order_mark()
    {
        var snapshot = new FlexSnapshot(new FlexSnapshotOptions { Strict = false, PreviewHtml = null });
        snapshot.Match(Receipt("Total"), "receipt", TestFile);
        Assert.Throws<FlexSnapshotMismatchException>(() => snapshot.Match(Receipt("Grand total"), "receipt", TestFile));

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(SnapshotFile("receipt"))[0], Is.EqualTo((byte)'{'));
            Assert.That(File.ReadAllBytes(Path.Combine(_folder, "__snapshots__", "__mismatch__", "receipt.snap"))[0], Is.EqualTo((byte)'{'));
        });
    }

    [Test]
    public void A_snapshot_file_that_starts_with_a_byte_order_mark_is_still_matched()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "__snapshots__"));
        File.WriteAllText(SnapshotFile("receipt"), FlexJson.Serialize(Receipt("Total"), indented: true) + "\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var snapshot = new FlexSnapshot(new FlexSnapshotOptions { Strict = true });

        snapshot.Match(Receipt("Total"), "receipt", TestFile);
        var error = Assert.Throws<FlexSnapshotMismatchException>(() => snapshot.Match(Receipt("Grand total"), "receipt", TestFile))!;

        Assert.That(error.Changes.Select(c => c.ToString()), Is.EqualTo(new[] { "content.contents.body.contents[2].text: \"Total\" -> \"Grand total\"" }));
    }

    [Test]
    public void A_snapshot_file_is_a_Snapshooter_snapshot_of_the_model_node()
    {
        new FlexSnapshot(new FlexSnapshotOptions { Strict = false }).Match(Receipt("Total"), "receipt", TestFile);

        Snapshooter.NUnit.Snapshot.Match(Receipt("Total"), new Snapshooter.SnapshotFullName("receipt.snap", _folder));
        Assert.That(
            () => Snapshooter.NUnit.Snapshot.Match(Receipt("Grand total"), new Snapshooter.SnapshotFullName("receipt.snap", _folder)),
            Throws.InstanceOf<AssertionException>());
    }

    [Test]
    public void A_snapshot_Snapshooter_wrote_of_a_model_node_is_matched_path_by_path()
    {
        // Snapshooter's own serializer, as Snapshot.Match uses it (written here directly: strict mode in CI forbids a new snapshot).
        var serializer = new Snapshooter.Core.Serialization.SnapshotSerializer(new Snapshooter.Core.Serialization.GlobalSnapshotSettingsResolver());
        Directory.CreateDirectory(Path.Combine(_folder, "__snapshots__"));
        File.WriteAllText(SnapshotFile("receipt"), serializer.SerializeObject(Receipt("Total")));
        var snapshot = new FlexSnapshot(new FlexSnapshotOptions { Strict = true });

        snapshot.Match(Receipt("Total"), "receipt", TestFile);
        var error = Assert.Throws<FlexSnapshotMismatchException>(() => snapshot.Match(Receipt("Grand total"), "receipt", TestFile))!;

        Assert.That(error.Changes.Select(c => c.ToString()), Is.EqualTo(new[] { "content.contents.body.contents[2].text: \"Total\" -> \"Grand total\"" }));
    }

    [Test]
    public void A_missing_snapshot_fails_in_strict_mode()
    {
        var error = Assert.Throws<FlexSnapshotMismatchException>(() => new FlexSnapshot(new FlexSnapshotOptions { Strict = true }).Match(Receipt("Total"), "receipt", TestFile))!;

        Assert.That(error.Message, Does.StartWith("There is no snapshot "));
        Assert.That(File.Exists(SnapshotFile("receipt")), Is.False);
    }

    [Test]
    public void A_mismatch_names_each_changed_path_with_the_old_and_new_value()
    {
        var snapshot = new FlexSnapshot(new FlexSnapshotOptions { Strict = false });
        snapshot.Match(Receipt("Total"), "receipt", TestFile);

        var error = Assert.Throws<FlexSnapshotMismatchException>(() => snapshot.Match(Receipt("Grand total"), "receipt", TestFile))!;

        Assert.That(error.Changes.Select(c => c.ToString()), Is.EqualTo(new[] { "content.contents.body.contents[2].text: \"Total\" -> \"Grand total\"" }));
        Assert.That(error.Message, Does.Contain("  content.contents.body.contents[2].text: \"Total\" -> \"Grand total\""));
        Assert.That(File.ReadAllText(Path.Combine(_folder, "__snapshots__", "__mismatch__", "receipt.snap")), Does.Contain("Grand total"));
    }

    [Test]
    public void A_test_file_path_the_build_mapped_is_read_back_through_the_recorded_path_map()
    {
        var map = SourcePathMap.Parse("/root/.nuget/packages/=/_1/,/src/a,,b==c/=/_/,");

        Assert.Multiple(() =>
        {
            Assert.That(map.ToLocalPath("/_/Tests/OrderTests.cs"), Is.EqualTo("/src/a,b=c/Tests/OrderTests.cs"));
            Assert.That(map.ToLocalPath("/_1/nunit/4.0.0/Assert.cs"), Is.EqualTo("/root/.nuget/packages/nunit/4.0.0/Assert.cs"));
            Assert.That(map.ToLocalPath("/home/dev/app/Tests/OrderTests.cs"), Is.EqualTo("/home/dev/app/Tests/OrderTests.cs"));
        });
    }

    [Test]
    public void A_test_file_whose_folder_is_not_here_fails_naming_it_and_what_records_a_path_map()
    {
        var snapshot = new FlexSnapshot(new FlexSnapshotOptions { Strict = false });

        var recorded = Assert.Throws<DirectoryNotFoundException>(() => snapshot.Match(Receipt("Total"), "receipt", "/_/Tests/SomeTests.cs", typeof(FlexSnapshotTests).Assembly))!;
        var unrecorded = Assert.Throws<DirectoryNotFoundException>(() => snapshot.Match(Receipt("Total"), "receipt", "/_/Tests/SomeTests.cs", typeof(Flex).Assembly))!;

        Assert.Multiple(() =>
        {
            Assert.That(recorded.Message, Does.Contain("/_/Tests/SomeTests.cs").And.Contain("Run the tests where they were built"));
            Assert.That(unrecorded.Message, Does.Contain("/_/Tests/SomeTests.cs").And.Contain("LineFlex.Dsl needs the map").And.Contain("build/LineFlex.Testing.targets"));
        });
    }

    [Test]
    public void An_accepted_change_is_written_over_the_snapshot_and_reported()
    {
        var lines = new List<string>();
        new FlexSnapshot(new FlexSnapshotOptions { Strict = false }).Match(Receipt("Total"), "receipt", TestFile);
        var rejected = Assert.Throws<FlexSnapshotMismatchException>(() => new FlexSnapshot(new FlexSnapshotOptions { Strict = false }).Match(Receipt("Grand total"), "receipt", TestFile))!;

        new FlexSnapshot(new FlexSnapshotOptions { Strict = false, Accept = true, Report = lines.Add }).Match(Receipt("Grand total"), "receipt", TestFile);

        Assert.Multiple(() =>
        {
            Assert.That(rejected.Message, Does.Contain("run the tests again with LINEFLEX_ACCEPT_SNAPSHOTS=1"));
            Assert.That(File.ReadAllText(SnapshotFile("receipt")), Is.EqualTo(FlexJson.Serialize(Receipt("Grand total"), indented: true) + "\n"));
            Assert.That(lines.Where(l => !l.StartsWith("warning: ", StringComparison.Ordinal)), Is.EqualTo(new[] { "accepted: " + SnapshotFile("receipt") + " (1 change)" }));
            Assert.That(lines.Where(l => l.StartsWith("warning: ", StringComparison.Ordinal)), Has.All.Contain("[LF510]").Or.Contain("[LF511]"), "the receipt has no LINE header and footer");
            Assert.That(Directory.EnumerateFiles(Path.Combine(_folder, "__snapshots__", "__mismatch__")), Is.Empty);
        });
        new FlexSnapshot(new FlexSnapshotOptions { Strict = true }).Match(Receipt("Grand total"), "receipt", TestFile);
    }

    [Test]
    public void Accepting_in_strict_mode_is_an_error_that_names_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FlexSnapshot(new FlexSnapshotOptions { Strict = true, Accept = true }).Match(Receipt("Total"), "receipt", TestFile))!;

        Assert.That(error.Message, Does.Contain("LINEFLEX_ACCEPT_SNAPSHOTS").And.Contain("SNAPSHOOTER_STRICT_MODE"));
        Assert.That(File.Exists(SnapshotFile("receipt")), Is.False);
    }

    [Test]
    public void An_added_or_removed_part_shows_as_none_on_one_side()
    {
        var changes = JsonDiff.Compare(JToken.Parse("""{"a":[1,2],"b":true}"""), JToken.Parse("""{"a":[1],"c":"x"}"""));

        Assert.That(changes.Select(c => c.ToString()), Is.EqualTo(new[] { "a[1]: 2 -> (none)", "b: true -> (none)", "c: (none) -> \"x\"" }));
    }

    [Test]
    public void A_row_inserted_in_a_list_shows_as_that_row_not_as_every_row_after_it()
    {
        var changes = JsonDiff.Compare(
            JToken.Parse("""{"rows":[{"text":"Tea"},{"text":"Cake"},{"text":"Total"}]}"""),
            JToken.Parse("""{"rows":[{"text":"Tea"},{"text":"Milk"},{"text":"Cake"},{"text":"Total"}]}"""));

        Assert.That(changes.Select(c => c.ToString()), Is.EqualTo(new[] { "rows[1]: (none) -> {\"text\":\"Milk\"}" }));
    }

    [Test]
    public void A_removed_row_has_its_old_index_and_the_changed_row_beside_it_is_compared_inside()
    {
        var changes = JsonDiff.Compare(
            JToken.Parse("""[{"text":"Tea"},{"text":"Milk"},{"text":"Cake","size":"sm"},{"text":"Total"}]"""),
            JToken.Parse("""[{"text":"Tea"},{"text":"Cake","size":"md"},{"text":"Total"}]"""));

        Assert.That(changes.Select(c => c.ToString()), Is.EqualTo(new[] { "[1]: {\"text\":\"Milk\"} -> (none)", "[1].size: \"sm\" -> \"md\"" }));
    }

    [Test]
    public void Unequal_values_of_the_same_kind_pair_by_position_and_different_kinds_never_pair()
    {
        var changes = JsonDiff.Compare(JToken.Parse("""["a","b",{"type":"TEXT"}]"""), JToken.Parse("""["a","c",{"type":"ICON"}]"""));

        Assert.That(changes.Select(c => c.ToString()), Is.EqualTo(new[] { "[1]: \"b\" -> \"c\"", "[2]: {\"type\":\"TEXT\"} -> (none)", "[2]: (none) -> {\"type\":\"ICON\"}" }));
    }

    [Test]
    public void A_mismatch_writes_old_and_new_previews_when_a_renderer_is_given()
    {
        var snapshot = new FlexSnapshot(new FlexSnapshotOptions { Strict = false, PreviewHtml = node => "<p>" + ((LineMessage)node).Content!.Contents!.Body!.Contents!.Count + "</p>" });
        snapshot.Match(Receipt("Total"), "receipt", TestFile);

        var error = Assert.Throws<FlexSnapshotMismatchException>(() => snapshot.Match(Receipt("Grand total") with { }, "receipt", TestFile))!;

        var mismatch = Path.Combine(_folder, "__snapshots__", "__mismatch__");
        Assert.That(File.ReadAllText(Path.Combine(mismatch, "receipt.old.html")), Is.EqualTo("<p>3</p>"));
        Assert.That(File.ReadAllText(Path.Combine(mismatch, "receipt.new.html")), Is.EqualTo("<p>3</p>"));
        Assert.That(error.Message, Does.Contain("Previews to compare: "));
    }

    [Test]
    public void A_mismatch_writes_the_preview_package_s_rendering_of_both_by_default()
    {
        var snapshot = new FlexSnapshot(new FlexSnapshotOptions { Strict = false });
        snapshot.Match(Receipt("Total"), "receipt", TestFile);

        Assert.Throws<FlexSnapshotMismatchException>(() => snapshot.Match(Receipt("Grand total"), "receipt", TestFile));

        var mismatch = Path.Combine(_folder, "__snapshots__", "__mismatch__");
        Assert.That(File.ReadAllText(Path.Combine(mismatch, "receipt.old.html")), Does.Contain("Total").And.Not.Contain("Grand total").And.Contain("lf-alttext"));
        Assert.That(File.ReadAllText(Path.Combine(mismatch, "receipt.new.html")), Does.Contain("Grand total"));
    }

    [Test]
    public void An_invalid_message_fails_before_any_snapshot_is_written()
    {
        var broken = Receipt("Total") with { Sender = null };

        Assert.Throws<FlexValidationException>(() => new FlexSnapshot(new FlexSnapshotOptions { Strict = false }).Match(broken, "receipt", TestFile));
        Assert.That(File.Exists(SnapshotFile("receipt")), Is.False);
    }

    [Test]
    public void Warnings_are_reported_and_do_not_fail()
    {
        var lines = new List<string>();
        var blank = Flex.Message().Sender("acme").To("66812345678").AltText("Receipt").Bubble(b => b.Body(body => body.Text(""))).Build();

        var report = new FlexSnapshot(new FlexSnapshotOptions { Strict = false, Report = lines.Add }).Match(blank, "blank", TestFile);

        Assert.That(report.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "LF510", "LF511", "LF126" }), "LINE's header and footer are missing too");
        Assert.That(lines.Last(), Does.StartWith("warning: content.contents.body.contents[0].text: "));
    }

    [Test]
    public void Snapshooter_snapshots_a_message_as_its_wire_json() => Snapshooter.NUnit.Snapshot.Match(Receipt("Total"));

    [Test]
    public void Any_newtonsoft_serializer_writes_a_model_node_as_its_wire_json()
    {
        var message = Receipt("Total");

        var json = JsonConvert.SerializeObject(message, Formatting.Indented);

        Assert.That(JToken.DeepEquals(JToken.Parse(json), JToken.Parse(FlexJson.Serialize(message))), Is.True, json);
    }
}
