using Newtonsoft.Json;

namespace LineFlex;

/// <summary>Components and actions: their <c>type</c> may come last, so their fields are gathered first.</summary>
internal sealed partial class FlexJsonReader
{
    private static readonly string[] BoxProperties =
    [
        "type", "layout", "contents", "backgroundColor", "borderColor", "borderWidth", "cornerRadius", "width", "height",
        "flex", "margin", "spacing", "paddingAll", "paddingTop", "paddingBottom", "paddingStart", "paddingEnd",
        "offsetTop", "offsetBottom", "offsetStart", "offsetEnd", "position", "action",
    ];

    private static readonly string[] TextProperties =
    [
        "type", "text", "contents", "flex", "margin", "size", "align", "gravity", "wrap", "maxLines", "color", "weight",
        "position", "offsetTop", "offsetBottom", "offsetStart", "offsetEnd", "action",
    ];

    private static readonly string[] SpanProperties = ["type", "text", "color", "size", "weight", "style", "decoration"];

    private static readonly string[] ImageProperties =
    [
        "type", "url", "flex", "margin", "position", "offsetTop", "offsetBottom", "offsetStart", "offsetEnd", "align",
        "gravity", "size", "aspectRatio", "aspectMode", "backgroundColor", "action",
    ];

    private static readonly string[] IconProperties =
    [
        "type", "url", "margin", "position", "offsetTop", "offsetBottom", "offsetStart", "offsetEnd", "size", "aspectRatio",
    ];

    private static readonly string[] ButtonProperties =
    [
        "type", "action", "flex", "margin", "position", "offsetTop", "offsetBottom", "offsetStart", "offsetEnd", "height",
        "style", "color", "gravity",
    ];

    private static readonly string[] SeparatorProperties = ["type", "margin", "color"];

    private static readonly string[] UriProperties = ["type", "label", "uri", "altUri"];

    private static readonly string[] PostbackProperties = ["type", "label", "data", "altUri"];

    private const string ComponentTypes = "BOX, TEXT, SPAN, IMAGE, ICON, BUTTON, SEPARATOR";

    private FlexComponent? ReadComponent() => ReadComponent(impliedType: null);

    /// <summary>Reads a component; <paramref name="impliedType"/> is the type the schema fixes at this place (a block is a BOX).</summary>
    private FlexComponent? ReadComponent(string? impliedType)
    {
        if (!BeginObject("a component"))
        {
            return null;
        }

        // Children are read before their parent's type is known, so the bound leaves room for a TEXT and its
        // SPANs in the deepest box; BuildComponent holds boxes to the limit itself.
        if (++_componentLevel > FlexLimits.MaxDepth + 2)
        {
            Fail($"Components nest deeper than LineFlex reads: boxes nest at most {FlexLimits.MaxDepth} deep (FlexLimits.MaxDepth), with a TEXT and its SPANs in the deepest. {FlattenTheLayout}");
        }

        var f = new Fields(this);
        while (NextProperty(out var name))
        {
            f.Seen(name);
            switch (name)
            {
                case "type": f.Type = ReadString(); break;
                case "layout": f.Layout = ReadString(); break;
                case "contents": f.Contents = ReadChildren(); break;
                case "backgroundColor": f.BackgroundColor = ReadString(); break;
                case "borderColor": f.BorderColor = ReadString(); break;
                case "borderWidth": f.BorderWidth = ReadString(); break;
                case "cornerRadius": f.CornerRadius = ReadString(); break;
                case "width": f.Width = ReadString(); break;
                case "height": f.Height = ReadString(); break;
                case "flex": f.Flex = ReadInt(); break;
                case "margin": f.Margin = ReadString(); break;
                case "spacing": f.Spacing = ReadString(); break;
                case "paddingAll": f.PaddingAll = ReadString(); break;
                case "paddingTop": f.PaddingTop = ReadString(); break;
                case "paddingBottom": f.PaddingBottom = ReadString(); break;
                case "paddingStart": f.PaddingStart = ReadString(); break;
                case "paddingEnd": f.PaddingEnd = ReadString(); break;
                case "offsetTop": f.OffsetTop = ReadString(); break;
                case "offsetBottom": f.OffsetBottom = ReadString(); break;
                case "offsetStart": f.OffsetStart = ReadString(); break;
                case "offsetEnd": f.OffsetEnd = ReadString(); break;
                case "position": f.Position = ReadString(); break;
                case "action": f.Action = ReadAction(); break;
                case "text": f.Text = ReadString(); break;
                case "size": f.Size = ReadString(); break;
                case "align": f.Align = ReadString(); break;
                case "gravity": f.Gravity = ReadString(); break;
                case "wrap": f.Wrap = ReadBool(); break;
                case "maxLines": f.MaxLines = ReadInt(); break;
                case "color": f.Color = ReadString(); break;
                case "weight": f.Weight = ReadString(); break;
                case "style": f.Style = ReadString(); break;
                case "decoration": f.Decoration = ReadString(); break;
                case "url": f.Url = ReadString(); break;
                case "aspectRatio": f.AspectRatio = ReadString(); break;
                case "aspectMode": f.AspectMode = ReadString(); break;
                default:
                    UnknownProperty(name, "a component", "the properties of " + ComponentTypes + " in docs/building-messages.md");
                    break;
            }
        }

        var component = BuildComponent(f, f.Type ?? impliedType);
        _componentLevel--;
        return component;
    }

    private const string FlattenTheLayout = "Flatten the layout: put siblings side by side in one box rather than each in a box of its own.";

    private T? ReadComponentOf<T>(string type)
        where T : FlexComponent
    {
        if (_reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var (path, line, position) = Here();
        var component = ReadComponent(type);
        if (component is not T typed)
        {
            throw new FlexJsonException(
                $"Expected {WithArticle(type)} here, but found {WithArticle(WireEnum<ComponentType>.Name(component!.Type))}.", path, line, position);
        }

        return typed;
    }

    private List<(FlexComponent Item, int Line, int Position, string Path)>? ReadChildren()
    {
        if (_reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonToken.StartArray)
        {
            Fail($"Expected an array of components, but found {Describe(_reader.TokenType)}.");
        }

        var children = new List<(FlexComponent, int, int, string)>();
        while (true)
        {
            Next("a component or the end of the array");
            if (_reader.TokenType == JsonToken.EndArray)
            {
                return children;
            }

            if (_reader.TokenType != JsonToken.StartObject)
            {
                Fail($"Expected a component (a JSON object), but found {Describe(_reader.TokenType)}.");
            }

            var (path, line, position) = Here();

            // A TEXT's contents are SPANs by the schema, so a child without a type is taken as a SPAN
            // once the parent turns out to be a TEXT; until then it is kept untyped.
            children.Add((ReadComponent(impliedType: PendingSpanType)!, line, position, path));
        }
    }

    /// <summary>Marks a child read without a <c>type</c>; resolved when its parent's type is known.</summary>
    private const string PendingSpanType = "\0span?";

    private FlexComponent BuildComponent(Fields f, string? type)
    {
        switch (type)
        {
            case null:
                throw new FlexJsonException(
                    $"A component needs a \"type\": one of {ComponentTypes}.", f.Path, f.StartLine, f.StartColumn);
            case PendingSpanType:
                // Only valid as a SPAN inside a TEXT: build it as one and let the parent check.
                if (!f.HasOnly(SpanProperties))
                {
                    goto case null;
                }

                return new PendingSpan(BuildComponent(f, "SPAN"));
            case "BOX":
                f.Only(BoxProperties, "a BOX");
                if (_componentLevel > FlexLimits.MaxDepth)
                {
                    throw new FlexJsonException(
                        $"This box is nested {_componentLevel} boxes deep; at most {FlexLimits.MaxDepth} may nest (FlexLimits.MaxDepth). {FlattenTheLayout}",
                        f.Path,
                        f.StartLine,
                        f.StartColumn);
                }

                return new FlexBox
                {
                    Layout = f.Word<BoxLayout>("layout", f.Layout),
                    Contents = BoxChildren(f),
                    BackgroundColor = Color(f.BackgroundColor),
                    BorderColor = Color(f.BorderColor),
                    BorderWidth = f.BorderWidth is null ? default(FlexBorderWidth?) : FlexBorderWidth.Raw(f.BorderWidth),
                    CornerRadius = Spacing(f.CornerRadius),
                    Width = f.Width is null ? default(FlexLength?) : FlexLength.Raw(f.Width),
                    Height = f.Height is null ? default(FlexLength?) : FlexLength.Raw(f.Height),
                    Flex = f.Flex,
                    Margin = Spacing(f.Margin),
                    Spacing = Spacing(f.Spacing),
                    PaddingAll = Inset(f.PaddingAll),
                    PaddingTop = Inset(f.PaddingTop),
                    PaddingBottom = Inset(f.PaddingBottom),
                    PaddingStart = Inset(f.PaddingStart),
                    PaddingEnd = Inset(f.PaddingEnd),
                    OffsetTop = Inset(f.OffsetTop),
                    OffsetBottom = Inset(f.OffsetBottom),
                    OffsetStart = Inset(f.OffsetStart),
                    OffsetEnd = Inset(f.OffsetEnd),
                    Position = f.Word<FlexPosition>("position", f.Position),
                    Action = f.Action,
                };
            case "TEXT":
                f.Only(TextProperties, "a TEXT");
                return new FlexText
                {
                    Text = f.Text,
                    Contents = TextSpans(f),
                    Flex = f.Flex,
                    Margin = Spacing(f.Margin),
                    Size = Size(f.Size),
                    Align = f.Word<FlexAlign>("align", f.Align),
                    Gravity = f.Word<FlexGravity>("gravity", f.Gravity),
                    Wrap = f.Wrap,
                    MaxLines = f.MaxLines,
                    Color = Color(f.Color),
                    Weight = f.Word<FontWeight>("weight", f.Weight),
                    Position = f.Word<FlexPosition>("position", f.Position),
                    OffsetTop = Inset(f.OffsetTop),
                    OffsetBottom = Inset(f.OffsetBottom),
                    OffsetStart = Inset(f.OffsetStart),
                    OffsetEnd = Inset(f.OffsetEnd),
                    Action = f.Action,
                };
            case "SPAN":
                f.Only(SpanProperties, "a SPAN");
                return new FlexSpan
                {
                    Text = f.Text,
                    Color = Color(f.Color),
                    Size = Size(f.Size),
                    Weight = f.Word<FontWeight>("weight", f.Weight),
                    Style = f.Word<FontStyle>("style", f.Style),
                    Decoration = f.Word<TextDecoration>("decoration", f.Decoration),
                };
            case "IMAGE":
                f.Only(ImageProperties, "an IMAGE");
                return new FlexImage
                {
                    Url = f.Url,
                    Flex = f.Flex,
                    Margin = Spacing(f.Margin),
                    Position = f.Word<FlexPosition>("position", f.Position),
                    OffsetTop = Inset(f.OffsetTop),
                    OffsetBottom = Inset(f.OffsetBottom),
                    OffsetStart = Inset(f.OffsetStart),
                    OffsetEnd = Inset(f.OffsetEnd),
                    Align = f.Word<FlexAlign>("align", f.Align),
                    Gravity = f.Word<FlexGravity>("gravity", f.Gravity),
                    Size = f.Size is null ? default(FlexImageSize?) : FlexImageSize.Raw(f.Size),
                    AspectRatio = f.AspectRatio is null ? default(FlexAspectRatio?) : FlexAspectRatio.Raw(f.AspectRatio),
                    AspectMode = f.Word<AspectMode>("aspectMode", f.AspectMode),
                    BackgroundColor = Color(f.BackgroundColor),
                    Action = f.Action,
                };
            case "ICON":
                f.Only(IconProperties, "an ICON");
                return new FlexIcon
                {
                    Url = f.Url,
                    Margin = Spacing(f.Margin),
                    Position = f.Word<FlexPosition>("position", f.Position),
                    OffsetTop = Inset(f.OffsetTop),
                    OffsetBottom = Inset(f.OffsetBottom),
                    OffsetStart = Inset(f.OffsetStart),
                    OffsetEnd = Inset(f.OffsetEnd),
                    Size = Size(f.Size),
                    AspectRatio = f.AspectRatio is null ? default(FlexAspectRatio?) : FlexAspectRatio.Raw(f.AspectRatio),
                };
            case "BUTTON":
                f.Only(ButtonProperties, "a BUTTON");
                return new FlexButton
                {
                    Action = f.Action,
                    Flex = f.Flex,
                    Margin = Spacing(f.Margin),
                    Position = f.Word<FlexPosition>("position", f.Position),
                    OffsetTop = Inset(f.OffsetTop),
                    OffsetBottom = Inset(f.OffsetBottom),
                    OffsetStart = Inset(f.OffsetStart),
                    OffsetEnd = Inset(f.OffsetEnd),
                    Height = f.Word<ButtonHeight>("height", f.Height),
                    Style = f.Word<ButtonStyle>("style", f.Style),
                    Color = Color(f.Color),
                    Gravity = f.Word<FlexGravity>("gravity", f.Gravity),
                };
            case "SEPARATOR":
                f.Only(SeparatorProperties, "a SEPARATOR");
                return new FlexSeparator { Margin = Spacing(f.Margin), Color = Color(f.Color) };
            default:
                throw f.At("type", $"\"{FlexLimits.Excerpt(type)}\" is not a component type. Expected one of {ComponentTypes}.");
        }
    }

    private static ValueList<FlexComponent>? BoxChildren(Fields f)
    {
        if (f.Contents is not { } children)
        {
            return null;
        }

        var items = new FlexComponent[children.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var (item, line, position, path) = children[i];
            if (item is PendingSpan)
            {
                throw new FlexJsonException(
                    $"A component needs a \"type\": one of {ComponentTypes}.", path, line, position);
            }

            items[i] = item;
        }

        return new ValueList<FlexComponent>(items);
    }

    private static ValueList<FlexSpan>? TextSpans(Fields f)
    {
        if (f.Contents is not { } children)
        {
            return null;
        }

        var items = new FlexSpan[children.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var (item, line, position, path) = children[i];
            items[i] = item switch
            {
                FlexSpan span => span,
                PendingSpan pending => (FlexSpan)pending.Resolved,
                _ => throw new FlexJsonException(
                    $"A TEXT's contents hold only SPANs, but this is {WithArticle(WireEnum<ComponentType>.Name(item.Type))}.",
                    path,
                    line,
                    position),
            };
        }

        return new ValueList<FlexSpan>(items);
    }

    private FlexAction? ReadAction()
    {
        if (!BeginObject("an action"))
        {
            return null;
        }

        var f = new Fields(this);
        string? label = null, uri = null, data = null;
        AltUri? altUri = null;
        while (NextProperty(out var name))
        {
            f.Seen(name);
            switch (name)
            {
                case "type": f.Type = ReadString(); break;
                case "label": label = ReadString(); break;
                case "uri": uri = ReadString(); break;
                case "data": data = ReadString(); break;
                case "altUri": altUri = ReadAltUri(); break;
                default: UnknownProperty(name, "an action", "type, label, uri, data, altUri"); break;
            }
        }

        switch (f.Type)
        {
            case "URI":
                f.Only(UriProperties, "a URI action");
                return new UriAction { Label = label, Uri = uri, AltUri = altUri };
            case "POSTBACK":
                f.Only(PostbackProperties, "a POSTBACK action");
                return new PostbackAction { Label = label, Data = data, AltUri = altUri };
            case null:
                throw new FlexJsonException("An action needs a \"type\": URI or POSTBACK.", f.Path, f.StartLine, f.StartColumn);
            default:
                throw f.At("type", $"\"{FlexLimits.Excerpt(f.Type)}\" is not an action type. Expected URI or POSTBACK.");
        }
    }

    private T? ReadActionOf<T>(string type)
        where T : FlexAction
    {
        var (path, line, position) = Here();
        var action = ReadAction();
        if (action is not null and not T)
        {
            throw new FlexJsonException(
                $"Expected a {type} action here, but found a {WireEnum<ActionType>.Name(action.Type)} action.", path, line, position);
        }

        return (T?)action;
    }

    private AltUri? ReadAltUri()
    {
        if (!BeginObject("an altUri"))
        {
            return null;
        }

        string? desktop = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "desktop": desktop = ReadString(); break;
                default: UnknownProperty(name, "an altUri", "desktop"); break;
            }
        }

        return new AltUri { Desktop = desktop };
    }

    private static FlexColor? Color(string? value) => value is null ? default(FlexColor?) : FlexColor.Raw(value);

    private static FlexSpacing? Spacing(string? value) => value is null ? default(FlexSpacing?) : FlexSpacing.Raw(value);

    private static FlexInset? Inset(string? value) => value is null ? default(FlexInset?) : FlexInset.Raw(value);

    private static FlexSize? Size(string? value) => value is null ? default(FlexSize?) : FlexSize.Raw(value);

    /// <summary>A child read without a type, waiting to learn whether its parent is a TEXT.</summary>
    private sealed record PendingSpan(FlexComponent Resolved) : FlexComponent
    {
        public override ComponentType Type => ComponentType.Span;
    }

    /// <summary>The properties of a component or action as read, with where each one stood.</summary>
    private sealed class Fields(FlexJsonReader reader)
    {
        private readonly List<(string Name, int Line, int Position)> _seen = new(8);

        public string Path { get; } = reader._reader.Path;

        public int StartLine { get; } = (reader._reader as IJsonLineInfo)?.LineNumber ?? 0;

        public int StartColumn { get; } = (reader._reader as IJsonLineInfo)?.LinePosition ?? 0;

        public string? Type { get; set; }

        public string? Layout { get; set; }

        public List<(FlexComponent Item, int Line, int Position, string Path)>? Contents { get; set; }

        public string? BackgroundColor { get; set; }

        public string? BorderColor { get; set; }

        public string? BorderWidth { get; set; }

        public string? CornerRadius { get; set; }

        public string? Width { get; set; }

        public string? Height { get; set; }

        public int? Flex { get; set; }

        public string? Margin { get; set; }

        public string? Spacing { get; set; }

        public string? PaddingAll { get; set; }

        public string? PaddingTop { get; set; }

        public string? PaddingBottom { get; set; }

        public string? PaddingStart { get; set; }

        public string? PaddingEnd { get; set; }

        public string? OffsetTop { get; set; }

        public string? OffsetBottom { get; set; }

        public string? OffsetStart { get; set; }

        public string? OffsetEnd { get; set; }

        public string? Position { get; set; }

        public string? Text { get; set; }

        public string? Size { get; set; }

        public string? Align { get; set; }

        public string? Gravity { get; set; }

        public bool? Wrap { get; set; }

        public int? MaxLines { get; set; }

        public string? Color { get; set; }

        public string? Weight { get; set; }

        public string? Style { get; set; }

        public string? Decoration { get; set; }

        public string? Url { get; set; }

        public string? AspectRatio { get; set; }

        public string? AspectMode { get; set; }

        public FlexAction? Action { get; set; }

        /// <summary>Keeps where <paramref name="name"/> stood (NextProperty has refused it if it came twice).</summary>
        public void Seen(string name)
        {
            var info = reader._reader as IJsonLineInfo;
            _seen.Add((name, info?.LineNumber ?? 0, info?.LinePosition ?? 0));
        }

        public bool HasOnly(string[] allowed)
        {
            foreach (var (name, _, _) in _seen)
            {
                if (Array.IndexOf(allowed, name) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Fails on the first property that <paramref name="what"/> does not have.</summary>
        public void Only(string[] allowed, string what)
        {
            foreach (var (name, _, _) in _seen)
            {
                if (Array.IndexOf(allowed, name) < 0)
                {
                    throw At(name, $"{Capitalize(what)} has no property '{name}'. Its properties are: {string.Join(", ", allowed)}.");
                }
            }
        }

        public T? Word<T>(string property, string? word)
            where T : struct, Enum
        {
            if (word is null)
            {
                return null;
            }

            if (WireEnum<T>.TryParse(word, out var value))
            {
                return value;
            }

            throw At(property, $"\"{FlexLimits.Excerpt(word)}\" is not a valid '{property}'. Expected one of {WireEnum<T>.Expected}.");
        }

        public FlexJsonException At(string property, string problem)
        {
            foreach (var (name, line, position) in _seen)
            {
                if (name == property)
                {
                    return new FlexJsonException(problem, JoinPath(Path, name), line, position);
                }
            }

            return new FlexJsonException(problem, Path, StartLine, StartColumn);
        }

        private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
    }
}
