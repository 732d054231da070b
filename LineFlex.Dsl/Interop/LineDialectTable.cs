namespace LineFlex;

/// <summary>
/// The genuine differences between LINE's own Flex dialect and Infobip's, and nothing else: everything that follows a
/// rule (a type is the wire type in lower case, an enum word is the wire word in lower case with <c>-</c> for
/// <c>_</c>, a property has the same name) comes from <see cref="FlexSchema"/>. A test diffs LINE's published schema
/// against <see cref="FlexSchema"/> and this table, so a difference missing here fails it.
/// </summary>
/// <remarks>See docs/interop.md.</remarks>
internal static class LineDialectTable
{
    /// <summary>A hero, the image or box above the header.</summary>
    public const string HeroCode = "LF801";

    /// <summary>A carousel, several bubbles side by side.</summary>
    public const string CarouselCode = "LF802";

    /// <summary>A component type Infobip lacks.</summary>
    public const string ComponentCode = "LF803";

    /// <summary>An action type Infobip lacks.</summary>
    public const string ActionCode = "LF804";

    /// <summary>A property Infobip lacks.</summary>
    public const string PropertyCode = "LF805";

    /// <summary>A keyword Infobip lacks.</summary>
    public const string KeywordCode = "LF806";

    /// <summary>An export LINE would refuse: a value over one of LINE's limits.</summary>
    public const string LineLimitCode = "LF807";

    /// <summary>An export leaves out a property of Infobip's that LINE's type lacks.</summary>
    public const string InfobipOnlyCode = "LF808";

    /// <summary>An export leaves out the parts of a request or message around the content (sender, destinations, options).</summary>
    public const string NotExportedCode = "LF809";

    /// <summary>LINE's length limits where they are stricter than Infobip's: (node, wire name) to the most UTF-16 code units.</summary>
    public static IReadOnlyDictionary<(Type Node, string WireName), int> LineMaxLength { get; } = new Dictionary<(Type, string), int>
    {
        [(typeof(PostbackAction), "data")] = 300,
    };

    /// <summary>Lists LINE requires and Infobip does not: an export writes them empty when the node has none.</summary>
    public static IReadOnlyList<(Type Node, string WireName)> LineRequiredLists { get; } = [(typeof(FlexBox), "contents")];

    /// <summary>Properties of Infobip's that LINE's type lacks: (node, wire name) to why, for the export's finding and the import's error.</summary>
    public static IReadOnlyDictionary<(Type Node, string WireName), string> InfobipOnly { get; } = new Dictionary<(Type, string), string>
    {
        [(typeof(PostbackAction), "altUri")] = "LINE's postback action has no altUri (only a uri action has one), and LINE's SDKs refuse it.",
    };

    /// <summary>Properties LINE names otherwise: (node, LINE name) to the wire name.</summary>
    public static IReadOnlyDictionary<(Type Node, string LineName), string> Renamed { get; } = new Dictionary<(Type, string), string>
    {
        [(typeof(FlexBubble), "styles")] = "style",
    };

    /// <summary>Enum words LINE spells otherwise than the rule: (node, wire name) to LINE word and wire word.</summary>
    public static IReadOnlyDictionary<(Type Node, string WireName), IReadOnlyDictionary<string, string>> Words { get; } =
        new Dictionary<(Type, string), IReadOnlyDictionary<string, string>>
        {
            [(typeof(FlexBubble), "direction")] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ltr"] = "LEFT_TO_RIGHT",
                ["rtl"] = "RIGHT_TO_LEFT",
            },
            [(typeof(FlexButton), "height")] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["sm"] = "SMALL",
                ["md"] = "MEDIUM",
            },
        };

    /// <summary>
    /// What LINE has and Infobip's LINE notification cannot carry, with what the import does about it. A row stops
    /// applying once the model has what it is about (a property or keyword of <see cref="FlexSchema"/>), so a property
    /// added to the model is imported and exported like any other without a change here.
    /// </summary>
    public static IReadOnlyList<LineOnlyFeature> LineOnly { get; } = WhatTheModelLacks(
    [
        Container("carousel", CarouselCode, FindingSeverity.Error, "A LINE notification carries one bubble; a carousel cannot be sent."),
        Property<FlexBubble>("hero", HeroCode, FindingSeverity.Error, "Infobip's bubble has header, body and footer blocks only."),
        Property<BubbleStyles>("hero", PropertyCode, FindingSeverity.Warning, "Infobip's bubble has no hero block to style."),
        Keyword<FlexBubble>("size", "deca", FindingSeverity.Warning, "Infobip's bubble sizes are nano, micro, kilo, mega and giga."),
        Keyword<FlexBubble>("size", "hecto", FindingSeverity.Warning, "Infobip's bubble sizes are nano, micro, kilo, mega and giga."),
        Type<FlexComponent>("video", ComponentCode, FindingSeverity.Error, "A LINE notification carries no video (LINE's rules for notifications)."),
        Type<FlexComponent>("filler", ComponentCode, FindingSeverity.Warning, "Infobip has no FILLER; a box's spacing, margin or a child's flex makes the same room."),
        Property<FlexBox>("maxWidth", PropertyCode, FindingSeverity.Warning, "Infobip's BOX has width but no maxWidth."),
        Property<FlexBox>("maxHeight", PropertyCode, FindingSeverity.Warning, "Infobip's BOX has height but no maxHeight."),
        Property<FlexBox>("justifyContent", PropertyCode, FindingSeverity.Warning, "Infobip's BOX places children by flex and spacing only."),
        Property<FlexBox>("alignItems", PropertyCode, FindingSeverity.Warning, "Infobip's BOX places children by gravity and align only."),
        Property<FlexBox>("background", PropertyCode, FindingSeverity.Warning, "Infobip's BOX has no gradient background; set backgroundColor instead."),
        Property<FlexText>("lineSpacing", PropertyCode, FindingSeverity.Warning, "Infobip's TEXT has no lineSpacing."),
        Property<FlexText>("style", PropertyCode, FindingSeverity.Warning, "Infobip's TEXT has no style; put the text in a SPAN with style ITALIC."),
        Property<FlexText>("decoration", PropertyCode, FindingSeverity.Warning, "Infobip's TEXT has no decoration; put the text in a SPAN with a decoration."),
        Property<FlexText>("adjustMode", PropertyCode, FindingSeverity.Warning, "Infobip's TEXT does not shrink to fit."),
        Property<FlexText>("scaling", PropertyCode, FindingSeverity.Warning, "Infobip's TEXT does not follow the user's font size setting."),
        Property<FlexButton>("adjustMode", PropertyCode, FindingSeverity.Warning, "Infobip's BUTTON does not shrink to fit."),
        Property<FlexButton>("scaling", PropertyCode, FindingSeverity.Warning, "Infobip's BUTTON does not follow the user's font size setting."),
        Property<FlexIcon>("scaling", PropertyCode, FindingSeverity.Warning, "Infobip's ICON does not follow the user's font size setting."),
        Property<FlexImage>("animated", PropertyCode, FindingSeverity.Warning, "Infobip's IMAGE does not play animated PNGs."),
        Type<FlexAction>("message", ActionCode, FindingSeverity.Error, "Infobip's actions are URI and POSTBACK only."),
        Type<FlexAction>("datetimepicker", ActionCode, FindingSeverity.Error, "Infobip's actions are URI and POSTBACK only."),
        Type<FlexAction>("clipboard", ActionCode, FindingSeverity.Error, "Infobip's actions are URI and POSTBACK only."),
        Type<FlexAction>("camera", ActionCode, FindingSeverity.Error, "Infobip's actions are URI and POSTBACK only."),
        Type<FlexAction>("cameraRoll", ActionCode, FindingSeverity.Error, "Infobip's actions are URI and POSTBACK only."),
        Type<FlexAction>("location", ActionCode, FindingSeverity.Error, "Infobip's actions are URI and POSTBACK only."),
        Type<FlexAction>("richmenuswitch", ActionCode, FindingSeverity.Error, "Infobip's actions are URI and POSTBACK only."),
        Property<PostbackAction>("displayText", PropertyCode, FindingSeverity.Warning, "Infobip's POSTBACK sends its data and shows nothing in the chat."),
        Property<PostbackAction>("text", PropertyCode, FindingSeverity.Warning, "Infobip's POSTBACK sends its data and shows nothing in the chat."),
        Property<PostbackAction>("inputOption", PropertyCode, FindingSeverity.Warning, "Infobip's POSTBACK does not open the rich menu, keyboard or voice input."),
        Property<PostbackAction>("fillInText", PropertyCode, FindingSeverity.Warning, "Infobip's POSTBACK does not open the keyboard."),
        Property<LineNotificationContent>("quickReply", PropertyCode, FindingSeverity.Warning, "A LINE notification has no quick replies."),
        Property<LineNotificationContent>("sender", PropertyCode, FindingSeverity.Warning, "A LINE notification is sent as the Official Account; the message's sender is Infobip's sender field."),
    ]);

    /// <summary>The row for a LINE type word of a polymorphic node (<c>video</c> of a component), or null.</summary>
    public static LineOnlyFeature? FindType(Type node, string lineType) =>
        LineOnly.FirstOrDefault(f => f.Node == node && f.Kind == LineOnlyKind.Type && f.LineName == lineType);

    /// <summary>The row for a LINE property of a node, or null.</summary>
    public static LineOnlyFeature? FindProperty(Type node, string lineName) =>
        LineOnly.FirstOrDefault(f => f.Node == node && f.Kind == LineOnlyKind.Property && f.LineName == lineName);

    /// <summary>The row for a keyword of a node's property, or null.</summary>
    public static LineOnlyFeature? FindKeyword(Type node, string wireName, string keyword) =>
        LineOnly.FirstOrDefault(f => f.Node == node && f.Kind == LineOnlyKind.Keyword && f.LineName == wireName && f.Keyword == keyword);

    /// <summary>The LINE name of a wire property (<c>styles</c> for a bubble's <c>style</c>).</summary>
    public static string LineName(Type node, string wireName) =>
        Renamed.FirstOrDefault(r => r.Key.Node == node && r.Value == wireName).Key.LineName ?? wireName;

    /// <summary>The wire name of a LINE property, or null when LINE's name is a renamed wire name LINE does not use.</summary>
    public static string? WireName(Type node, string lineName) =>
        Renamed.TryGetValue((node, lineName), out var wire) ? wire
        : Renamed.Any(r => r.Key.Node == node && r.Value == lineName) ? null
        : lineName;

    /// <summary>LINE's word for a wire enum word: <c>line-through</c> for <c>LINE_THROUGH</c>, <c>ltr</c> for <c>LEFT_TO_RIGHT</c>.</summary>
    public static string LineWord(Type node, string wireName, string wireWord) =>
        Words.TryGetValue((node, wireName), out var words) && words.FirstOrDefault(w => w.Value == wireWord).Key is { } word
            ? word
            : wireWord.ToLowerInvariant().Replace('_', '-');

    /// <summary>The wire word of a LINE enum word among <paramref name="wireWords"/>, or null when there is none.</summary>
    public static string? WireWord(Type node, string wireName, string lineWord, IReadOnlyList<string> wireWords) =>
        wireWords.FirstOrDefault(w => LineWord(node, wireName, w) == lineWord);

    /// <summary>LINE's type word for a wire type (<c>box</c> for <c>BOX</c>).</summary>
    public static string LineType(string wireType) => wireType.ToLowerInvariant();

    private static LineOnlyFeature[] WhatTheModelLacks(LineOnlyFeature[] rows) =>
        [.. rows.Where(row => row.Kind switch
        {
            LineOnlyKind.Property => FlexSchema.Of(row.Node).FindProperty(WireName(row.Node, row.LineName) ?? row.LineName) is null,
            LineOnlyKind.Keyword => FlexSchema.Of(row.Node).FindProperty(row.LineName)?.Keywords.Contains(row.Keyword) != true,
            _ => true,
        })];

    private static LineOnlyFeature Container(string type, string code, FindingSeverity severity, string why) =>
        new(typeof(FlexBubble), LineOnlyKind.Type, type, null, code, severity, why);

    private static LineOnlyFeature Type<TNode>(string type, string code, FindingSeverity severity, string why) =>
        new(typeof(TNode), LineOnlyKind.Type, type, null, code, severity, why);

    private static LineOnlyFeature Property<TNode>(string name, string code, FindingSeverity severity, string why) =>
        new(typeof(TNode), LineOnlyKind.Property, name, null, code, severity, why);

    private static LineOnlyFeature Keyword<TNode>(string property, string keyword, FindingSeverity severity, string why) =>
        new(typeof(TNode), LineOnlyKind.Keyword, property, keyword, KeywordCode, severity, why);
}

/// <summary>What a row of <see cref="LineDialectTable.LineOnly"/> is about.</summary>
internal enum LineOnlyKind
{
    /// <summary>A type word (<c>video</c>, <c>message</c>, <c>carousel</c>).</summary>
    Type,

    /// <summary>A property (<c>justifyContent</c>).</summary>
    Property,

    /// <summary>A keyword of a property (<c>deca</c> of a bubble's <c>size</c>).</summary>
    Keyword,
}

/// <summary>One thing LINE's dialect has that Infobip's LINE notification cannot carry.</summary>
/// <param name="Node">The model node it belongs to, or the polymorphic base a type would stand for.</param>
/// <param name="Kind">A type, a property or a keyword.</param>
/// <param name="LineName">The type word or property name as LINE writes it.</param>
/// <param name="Keyword">The keyword, for <see cref="LineOnlyKind.Keyword"/>.</param>
/// <param name="Code">The finding's code.</param>
/// <param name="Severity">Error when leaving it out loses content or a tap; warning when it loses looks.</param>
/// <param name="Why">Why Infobip cannot carry it, and what comes closest.</param>
internal sealed record LineOnlyFeature(Type Node, LineOnlyKind Kind, string LineName, string? Keyword, string Code, FindingSeverity Severity, string Why);
