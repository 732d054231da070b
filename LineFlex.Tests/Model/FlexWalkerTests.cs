using LineFlex.Gallery;
using LineFlex.Testing;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Model;

/// <summary>
/// The generated walk: <see cref="FlexWalker"/> visits every node of a tree in wire order under the path the wire JSON
/// gives it, and refuses a tree nested too deep at its path; <see cref="FlexVisitor{TResult}"/> hands each node to the
/// method for its type.
/// </summary>
public class FlexWalkerTests
{
    /// <summary>Deep enough to overflow the stack of any walk that follows every level.</summary>
    private const int Abysmal = 100_000;

    private static IEnumerable<FlexTemplateCase> GallerySamples() => FlexTemplateCase.All(typeof(Brand).Assembly);

    [TestCaseSource(nameof(GallerySamples))]
    public void The_walker_visits_every_node_of_a_gallery_request_in_wire_order_at_its_wire_path(FlexTemplateCase sample)
    {
        // Every option the reference sheet has, around the gallery's bubble: every type of node stands in the tree.
        var request = TestData.EveryOptionRequest();
        var message = sample.Build() with { Options = request.Messages![0].Options, Webhooks = request.Messages[0].Webhooks };
        var tree = request with { Messages = [message] };

        var visited = Recorder.Record(tree);

        Assert.That(visited, Is.EqualTo(WireObjects(tree)));
    }

    [Test]
    public void The_walker_visits_every_type_of_node_in_wire_order_at_its_wire_path()
    {
        var tree = Flex.Request()
            .Message(m => m
                .Sender("OFFICIAL-ACCOUNT-ID-123")
                .To("66855538125")
                .Bubble(b => b
                    .Header(h => h.Add(TestData.EveryBoxProperty()).Add(TestData.EveryImageProperty()))
                    .Body(body => body
                        .Add(TestData.EveryTextProperty())
                        .Add(TestData.EveryIconProperty())
                        .Add(TestData.EveryButtonProperty())
                        .Add(TestData.EverySeparatorProperty())
                        .Button(Flex.Postback("Confirm", "action=confirm", desktopUri: "https://example.com/confirm")))
                    .Style(s => s.Body(backgroundColor: "#FFFFFF"))
                    .Uri("Open", "https://example.com/bubble", desktopUri: "https://example.com/desktop")))
            .Build();
        var everyNode = TestData.OneOfEveryNode().Values.Append(tree).ToList();

        var visited = everyNode.SelectMany(Recorder.Record).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(visited, Is.EqualTo(everyNode.SelectMany(WireObjects)));
            Assert.That(FlexSchema.Nodes.Where(n => !n.IsAbstract).Select(n => n.Type.Name).Except(visited.Select(v => v.Type)), Is.Empty);
        });
    }

    [Test]
    public void The_walker_refuses_boxes_100000_deep_at_the_first_box_too_deep()
    {
        var box = new FlexBox { Layout = BoxLayout.Vertical, Contents = [] };
        for (var i = 1; i < Abysmal; i++)
        {
            box = new FlexBox { Layout = BoxLayout.Vertical, Contents = [box] };
        }

        var error = Assert.Throws<ArgumentException>(() => Recorder.Record(box));

        Assert.Multiple(() =>
        {
            Assert.That(error.ParamName, Is.EqualTo("node"));
            Assert.That(error.Message, Does.Contain($"'{string.Join(".", Enumerable.Repeat("contents[0]", FlexLimits.MaxDepth))}' is nested {FlexLimits.MaxDepth + 1} levels deep"));
            Assert.That(error.Message, Does.Contain(FlexRules.NestingDepth.Code));
        });
    }

    [Test]
    public void The_walker_takes_boxes_as_deep_as_the_limit()
    {
        var box = new FlexBox { Layout = BoxLayout.Vertical, Contents = [] };
        for (var i = 1; i < FlexLimits.MaxDepth; i++)
        {
            box = new FlexBox { Layout = BoxLayout.Vertical, Contents = [box] };
        }

        Assert.That(Recorder.Record(box), Has.Count.EqualTo(FlexLimits.MaxDepth));
    }

    [Test]
    public void The_visitor_hands_each_node_to_the_method_for_its_type()
    {
        var names = new TypeNames();

        Assert.Multiple(() =>
        {
            foreach (var node in TestData.OneOfEveryNode().Values)
            {
                Assert.That(names.Visit(node), Is.EqualTo(node.GetType().Name));
            }

            Assert.That(names.Visit((FlexComponent)TestData.EveryTextProperty()), Is.EqualTo(nameof(FlexText)));
            Assert.That(names.Visit((FlexAction)TestData.EveryUriActionProperty()), Is.EqualTo(nameof(UriAction)));
            Assert.That(() => names.Visit("BOX"), Throws.ArgumentException.With.Message.Contains("String is not a node of LineFlex's model"));
        });
    }

    /// <summary>Each JSON object of the wire JSON, in document order: its path and the type of node it was written from.</summary>
    private static List<(string Path, string Type)> WireObjects(object node)
    {
        var wire = JObject.Parse(FlexJson.Serialize(node));
        return wire.DescendantsAndSelf().OfType<JObject>().Select(o => (o.Path, TypeAt(node, o))).ToList();
    }

    /// <summary>The type of the record the object at <paramref name="wire"/> was written from, found by following its path down the records.</summary>
    private static string TypeAt(object root, JObject wire)
    {
        var node = root;
        foreach (var step in wire.AncestorsAndSelf().Reverse().Skip(1))
        {
            switch (step)
            {
                case JProperty property:
                    var schema = FlexSchema.Of(node.GetType()).FindProperty(property.Name)!;
                    node = node.GetType().GetProperty(schema.Name)!.GetValue(node)!;
                    break;
                case JObject when step.Parent is JArray array:
                    node = ((System.Collections.IEnumerable)node).Cast<object>().ElementAt(array.IndexOf(step));
                    break;
            }
        }

        return node.GetType().Name;
    }

    /// <summary>Records each node the walk visits: its path and type.</summary>
    private sealed class Recorder : FlexWalker
    {
        private readonly List<(string Path, string Type)> _visited = [];

        public static List<(string Path, string Type)> Record(object root)
        {
            var recorder = new Recorder();
            recorder.Walk(root);
            return recorder._visited;
        }

        protected override void Visit(object node)
        {
            _visited.Add((Path, node.GetType().Name));
            base.Visit(node);
        }
    }

    private sealed class TypeNames : FlexVisitor<string>
    {
        public override string VisitAltUri(AltUri node) => nameof(AltUri);

        public override string VisitBlockStyle(BlockStyle node) => nameof(BlockStyle);

        public override string VisitBubbleStyles(BubbleStyles node) => nameof(BubbleStyles);

        public override string VisitDeliveryTime(DeliveryTime node) => nameof(DeliveryTime);

        public override string VisitDeliveryTimeWindow(DeliveryTimeWindow node) => nameof(DeliveryTimeWindow);

        public override string VisitDeliveryWebhook(DeliveryWebhook node) => nameof(DeliveryWebhook);

        public override string VisitFlexBox(FlexBox node) => nameof(FlexBox);

        public override string VisitFlexBubble(FlexBubble node) => nameof(FlexBubble);

        public override string VisitFlexButton(FlexButton node) => nameof(FlexButton);

        public override string VisitFlexIcon(FlexIcon node) => nameof(FlexIcon);

        public override string VisitFlexImage(FlexImage node) => nameof(FlexImage);

        public override string VisitFlexSeparator(FlexSeparator node) => nameof(FlexSeparator);

        public override string VisitFlexSpan(FlexSpan node) => nameof(FlexSpan);

        public override string VisitFlexText(FlexText node) => nameof(FlexText);

        public override string VisitIndiaDltOptions(IndiaDltOptions node) => nameof(IndiaDltOptions);

        public override string VisitLineDestination(LineDestination node) => nameof(LineDestination);

        public override string VisitLineMessage(LineMessage node) => nameof(LineMessage);

        public override string VisitLineNotificationContent(LineNotificationContent node) => nameof(LineNotificationContent);

        public override string VisitLineRequest(LineRequest node) => nameof(LineRequest);

        public override string VisitMessageOptions(MessageOptions node) => nameof(MessageOptions);

        public override string VisitMessageWebhooks(MessageWebhooks node) => nameof(MessageWebhooks);

        public override string VisitPlatformOptions(PlatformOptions node) => nameof(PlatformOptions);

        public override string VisitPostbackAction(PostbackAction node) => nameof(PostbackAction);

        public override string VisitRegionalOptions(RegionalOptions node) => nameof(RegionalOptions);

        public override string VisitRequestOptions(RequestOptions node) => nameof(RequestOptions);

        public override string VisitScheduleOptions(ScheduleOptions node) => nameof(ScheduleOptions);

        public override string VisitSendingSpeedLimit(SendingSpeedLimit node) => nameof(SendingSpeedLimit);

        public override string VisitSmsFailover(SmsFailover node) => nameof(SmsFailover);

        public override string VisitSouthKoreaOptions(SouthKoreaOptions node) => nameof(SouthKoreaOptions);

        public override string VisitTurkeyIysOptions(TurkeyIysOptions node) => nameof(TurkeyIysOptions);

        public override string VisitUriAction(UriAction node) => nameof(UriAction);

        public override string VisitValidityPeriod(ValidityPeriod node) => nameof(ValidityPeriod);
    }
}
