namespace LineFlex;

internal sealed partial class FlexCodeEmitter
{
    /// <summary>
    /// The builder's expression for each type of node (<c>Flex.Text("Hi", t =&gt; t.Bold())</c>, <c>Flex.Bubble()...Build()</c>),
    /// or null where the builder cannot make that node exactly and an object initializer does. A visitor generated from
    /// the model, so a new type of node does not compile here until it is given its builder call or null.
    /// </summary>
    private sealed class BuilderCalls(FlexCodeEmitter emitter) : FlexVisitor<CSharpCode?>
    {
        private static readonly Atom Flex = new("Flex");

        // ---- The roots: built by a chain ending in Build() ----

        public override CSharpCode? VisitLineRequest(LineRequest node) =>
            emitter.Request(node) is { } chain ? Build(chain) : null;

        public override CSharpCode? VisitLineMessage(LineMessage node) =>
            emitter.Message(new Invocation(null, "Flex.Message", []), node) is { } chain ? Build(chain) : null;

        public override CSharpCode? VisitFlexBubble(FlexBubble node) =>
            Build(emitter.Bubble(new Invocation(null, "Flex.Bubble", []), node));

        // ---- Components: a factory of Flex, the call a box's lambda makes too ----

        public override CSharpCode? VisitFlexBox(FlexBox node)
        {
            var name = node.Layout switch
            {
                BoxLayout.Horizontal => "row",
                BoxLayout.Baseline => "line",
                _ => "column",
            };
            return emitter.BoxContents(node, name) is { } contents ? Call("Box", [new Atom(CSharpLiterals.Enum(node.Layout!)), contents]) : null;
        }

        public override CSharpCode? VisitFlexText(FlexText node)
        {
            if (node.Contents is { Count: 0 } || node.Contents?.Any(s => s is null) == true)
            {
                return null;
            }

            var spans = node.Contents?.Select(span => emitter.Leaf(span, "s", nameof(FlexSpan.Text)) is { } configure && span.Text is { } spanText
                ? new Call("Span", Optional([new Str(spanText, "text")], configure))
                : new Call("Add", [emitter.Initializer(span!)])).ToList() ?? [];
            var configure = emitter.Leaf(node, "t", [nameof(FlexText.Text), nameof(FlexText.Contents)], spans);
            if (configure is null)
            {
                return null;
            }

            return node.Text is { } value
                ? Call("Text", Optional([new Str(value, "text")], configure))
                : Call("Text", [configure is Atom ? new Lambda("t", null) : configure]);
        }

        public override CSharpCode? VisitFlexSpan(FlexSpan node) =>
            node.Text is { } text && emitter.Leaf(node, "s", nameof(FlexSpan.Text)) is { } configure ? Call("Span", Optional([new Str(text, "text")], configure)) : null;

        public override CSharpCode? VisitFlexImage(FlexImage node) =>
            node.Url is { } url && emitter.Leaf(node, "i", nameof(FlexImage.Url)) is { } configure ? Call("Image", Optional([new Str(url, "url")], configure)) : null;

        public override CSharpCode? VisitFlexIcon(FlexIcon node) =>
            node.Url is { } url && emitter.Leaf(node, "i", nameof(FlexIcon.Url)) is { } configure ? Call("Icon", Optional([new Str(url, "url")], configure)) : null;

        public override CSharpCode? VisitFlexButton(FlexButton node) =>
            node.Action is { } action && emitter.Leaf(node, "b", nameof(FlexButton.Action)) is { } configure ? Call("Button", Optional([emitter.Action(action)], configure)) : null;

        public override CSharpCode? VisitFlexSeparator(FlexSeparator node) =>
            emitter.Leaf(node, "s") is { } configure ? Call("Separator", Optional([], configure)) : null;

        // ---- Actions: a factory of Flex, or the same call on a builder that takes an action ----

        public override CSharpCode? VisitUriAction(UriAction node) =>
            node is { Label: { } label, Uri: { } uri } && node.AltUri is null or { Desktop: not null }
                ? Call("Uri", ActionArguments(label, new Str(uri, "uri"), node.AltUri))
                : null;

        public override CSharpCode? VisitPostbackAction(PostbackAction node) =>
            node is { Label: { } label, Data: { } data } && node.AltUri is null or { Desktop: not null }
                ? Call("Postback", ActionArguments(label, new Str(data, "data"), node.AltUri))
                : null;

        // ---- The rest: set inside the chain of the node that holds them, or an object initializer on its own ----

        public override CSharpCode? VisitAltUri(AltUri node) => null;

        public override CSharpCode? VisitBlockStyle(BlockStyle node) => null;

        public override CSharpCode? VisitBubbleStyles(BubbleStyles node) => null;

        public override CSharpCode? VisitDeliveryTime(DeliveryTime node) => null;

        public override CSharpCode? VisitDeliveryTimeWindow(DeliveryTimeWindow node) => null;

        public override CSharpCode? VisitDeliveryWebhook(DeliveryWebhook node) => null;

        public override CSharpCode? VisitIndiaDltOptions(IndiaDltOptions node) => null;

        public override CSharpCode? VisitLineDestination(LineDestination node) => null;

        public override CSharpCode? VisitLineNotificationContent(LineNotificationContent node) => null;

        public override CSharpCode? VisitMessageOptions(MessageOptions node) => null;

        public override CSharpCode? VisitMessageWebhooks(MessageWebhooks node) => null;

        public override CSharpCode? VisitPlatformOptions(PlatformOptions node) => null;

        public override CSharpCode? VisitRegionalOptions(RegionalOptions node) => null;

        public override CSharpCode? VisitRequestOptions(RequestOptions node) => null;

        public override CSharpCode? VisitScheduleOptions(ScheduleOptions node) => null;

        public override CSharpCode? VisitSendingSpeedLimit(SendingSpeedLimit node) => null;

        public override CSharpCode? VisitSmsFailover(SmsFailover node) => null;

        public override CSharpCode? VisitSouthKoreaOptions(SouthKoreaOptions node) => null;

        public override CSharpCode? VisitTurkeyIysOptions(TurkeyIysOptions node) => null;

        public override CSharpCode? VisitValidityPeriod(ValidityPeriod node) => null;

        private static Invocation Call(string method, IReadOnlyList<CSharpCode> arguments) => new(Flex, method, arguments);
    }
}
