using LineFlex.Cli.Demo;
using Snapshooter.NUnit;
using static LineFlex.Tests.TestData;

namespace LineFlex.Tests.Json;

/// <summary>The wire JSON of every component, action and option, locked by snapshots reviewed against the reference.</summary>
public class WireSnapshotTests
{
    [Test]
    public void Box_with_every_property() => Snapshot.Match(Wire(EveryBoxProperty()));

    [Test]
    public void Text_with_every_property() => Snapshot.Match(Wire(EveryTextProperty()));

    [Test]
    public void Span_with_every_property() => Snapshot.Match(Wire(EverySpanProperty()));

    [Test]
    public void Image_with_every_property() => Snapshot.Match(Wire(EveryImageProperty()));

    [Test]
    public void Icon_with_every_property() => Snapshot.Match(Wire(EveryIconProperty()));

    [Test]
    public void Button_with_every_property() => Snapshot.Match(Wire(EveryButtonProperty()));

    [Test]
    public void Separator_with_every_property() => Snapshot.Match(Wire(EverySeparatorProperty()));

    [Test]
    public void Uri_action_with_every_property() => Snapshot.Match(Wire(EveryUriActionProperty()));

    [Test]
    public void Postback_action_with_every_property() => Snapshot.Match(Wire(EveryPostbackActionProperty()));

    [Test]
    public void Bubble_with_every_property() => Snapshot.Match(Wire(EveryBubbleProperty()));

    [Test]
    public void Request_with_every_option() => Snapshot.Match(Wire(EveryOptionRequest()));

    [Test]
    public void Seed_request_parsed_from_its_json() =>
        Snapshot.Match(Wire(FlexJson.Deserialize<LineRequest>(SeedRequestJson)), "SeedRequest");

    [Test]
    public void Seed_request_built_with_the_builder() =>
        Snapshot.Match(Wire(PurchaseComplete.Request()), "SeedRequest");
}
