using System.Globalization;
using System.Text;

namespace LineFlex;

/// <summary>
/// Writes one bubble as HTML laid out by the preview's stylesheet: each block, box and component becomes an element
/// whose classes carry LINE's defaults and whose inline style carries the values the message sets. Text is escaped,
/// URLs pass <see cref="SafeUrl"/>, typed values pass their grammar; components with findings are outlined.
/// </summary>
internal sealed class BubbleWriter : FlexComponentVisitor<BubbleWriter.Place>
{
    private readonly StringBuilder _html;
    private readonly PreviewOptions _options;
    private readonly FindingMarks _marks;
    private readonly List<(string Path, string Url, string Reason)> _unlinked = [];
    private readonly CssStyle _style = new();
    private readonly ActionTitles _actionTitles;

    public BubbleWriter(StringBuilder html, PreviewOptions options, FindingMarks marks)
    {
        _html = html;
        _options = options;
        _marks = marks;
        _actionTitles = new ActionTitles(this);
    }

    /// <summary>The URLs written as inert text instead of a link or an image: where, what, and why.</summary>
    public IReadOnlyList<(string Path, string Url, string Reason)> Unlinked => _unlinked;

    internal enum Layout
    {
        Horizontal,
        Vertical,
        Baseline,
    }

    /// <summary>Writes <paramref name="bubble"/>, whose wire path is <paramref name="path"/> (empty for the bubble itself).</summary>
    public void Write(FlexBubble bubble, string path)
    {
        _html.Append("<div class=\"lf-bubble lf-").Append(SizeClass(bubble.Size)).Append('"');
        _html.Append(" dir=\"").Append(bubble.Direction == BubbleDirection.RightToLeft ? "rtl" : "ltr").Append('"');
        Path(path);
        ActionTitle(bubble.Action, FindingMarks.Join(path, "action"));
        _html.Append('>');

        var first = true;
        Block(bubble.Header, bubble.Style?.Header, "header", path, ref first);
        Block(bubble.Body, bubble.Style?.Body, "body", path, ref first);
        Block(bubble.Footer, bubble.Style?.Footer, "footer", path, ref first);
        _html.Append("</div>");
    }

    private static string SizeClass(BubbleSize? size) => size switch
    {
        BubbleSize.Nano => "nano",
        BubbleSize.Micro => "micro",
        BubbleSize.Kilo => "kilo",
        BubbleSize.Giga => "giga",
        _ => "mega",
    };

    private void Block(FlexBox? box, BlockStyle? style, string name, string bubblePath, ref bool first)
    {
        if (box is null)
        {
            return;
        }

        _html.Append("<div class=\"lf-block lf-block-").Append(name).Append('"');
        _style.Add("background-color", CssLength.Of(style?.BackgroundColor));

        // LINE never draws a separator above the first block.
        if (style?.Separator == true && !first)
        {
            _style.Add("border-top", "1px solid " + (CssLength.Of(style.SeparatorColor) ?? "#e5e5e5"));
        }

        _style.WriteTo(_html);
        _html.Append('>');
        first = false;
        NamedCssProperties.Add(box, _style);
        Box(box, FindingMarks.Join(bubblePath, name), parent: null, index: 0, parentSpacing: null, depth: 1);
        _html.Append("</div>");
    }

    /// <summary>Where a component stands: its wire path, its parent box's layout and spacing, its index there, and its depth.</summary>
    internal readonly record struct Place(string Path, Layout Parent, int Index, FlexSpacing? ParentSpacing, int Depth);

    /// <inheritdoc/>
    protected override void VisitFlexBox(FlexBox node, Place context) =>
        Box(node, context.Path, context.Parent, context.Index, context.ParentSpacing, context.Depth);

    /// <inheritdoc/>
    protected override void VisitFlexText(FlexText node, Place context) =>
        Text(node, context.Path, context.Parent, context.Index, context.ParentSpacing);

    /// <inheritdoc/>
    protected override void VisitFlexImage(FlexImage node, Place context) =>
        Image(node, context.Path, context.Parent, context.Index, context.ParentSpacing);

    /// <inheritdoc/>
    protected override void VisitFlexIcon(FlexIcon node, Place context) =>
        Icon(node, context.Path, context.Parent, context.Index, context.ParentSpacing);

    /// <inheritdoc/>
    protected override void VisitFlexButton(FlexButton node, Place context) =>
        Button(node, context.Path, context.Parent, context.Index, context.ParentSpacing);

    /// <inheritdoc/>
    protected override void VisitFlexSeparator(FlexSeparator node, Place context)
    {
        Open("div", "lf-separator", context.Path);
        Placement(context.Parent, context.Index, context.ParentSpacing, node.Margin);
        _style.Add("border-color", CssLength.Of(node.Color));
        Close();
        _html.Append("</div>");
    }

    /// <summary>A SPAN outside a TEXT, where LINE would refuse it: the validator says so.</summary>
    protected override void VisitFlexSpan(FlexSpan node, Place context)
    {
        Open("div", "lf-misplaced", context.Path);
        Close();
        _html.Append(HtmlText.Escape(node.Type.ToString().ToUpperInvariant())).Append("</div>");
    }

    private void Box(FlexBox box, string path, Layout? parent, int index, FlexSpacing? parentSpacing, int depth)
    {
        var layout = box.Layout switch
        {
            BoxLayout.Horizontal => Layout.Horizontal,
            BoxLayout.Baseline => Layout.Baseline,
            _ => Layout.Vertical,
        };
        Open("div", layout switch { Layout.Horizontal => "lf-box lf-h", Layout.Baseline => "lf-box lf-b", _ => "lf-box lf-v" }, path);
        ActionTitle(box.Action, FindingMarks.Join(path, "action"));
        if (parent is { } within)
        {
            Placement(within, index, parentSpacing, box.Margin, box.Flex, box.Position, box.OffsetTop, box.OffsetBottom, box.OffsetStart, box.OffsetEnd);

            // A width fixes the box's size on the main axis of a horizontal parent; it no longer grows.
            if (box.Width is { IsWellFormed: true } && box.Flex is null && within != Layout.Vertical)
            {
                _style.Add("flex", "0 0 auto");
            }
        }

        _style.Add("background-color", CssLength.Of(box.BackgroundColor));
        if (CssLength.Of(box.BorderWidth) is { } borderWidth)
        {
            _style.Add("border", borderWidth + " solid " + (CssLength.Of(box.BorderColor) ?? "#000000"));
        }

        var radius = CssLength.Of(box.CornerRadius);
        _style.Add("border-radius", radius);

        // LINE clips a rounded box's contents to its corners: a square image in a round box shows round.
        _style.Add("overflow", radius is null or "0" ? null : "hidden");
        _style.Add("width", CssLength.Of(box.Width));
        _style.Add("height", CssLength.Of(box.Height));
        _style.Add("padding", CssLength.Of(box.PaddingAll));
        _style.Add("padding-top", CssLength.Of(box.PaddingTop));
        _style.Add("padding-bottom", CssLength.Of(box.PaddingBottom));
        _style.Add("padding-inline-start", CssLength.Of(box.PaddingStart));
        _style.Add("padding-inline-end", CssLength.Of(box.PaddingEnd));
        Close();

        if (depth >= FlexLimits.MaxDepth)
        {
            _html.Append("<p class=\"lf-note\">Nested deeper than ").Append(FlexLimits.MaxDepth).Append(" levels; not shown.</p></div>");
            return;
        }

        var contents = box.Contents ?? ValueList<FlexComponent>.Empty;
        for (var i = 0; i < contents.Count; i++)
        {
            var child = contents[i];
            var childPath = path + ".contents[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (child is null)
            {
                continue;
            }

            // Goes on the component's element with the rest of its style.
            NamedCssProperties.Add(child, _style);
            Visit(child, new Place(childPath, layout, i, box.Spacing, depth + 1));
        }

        _html.Append("</div>");
    }

    private void Text(FlexText text, string path, Layout parent, int index, FlexSpacing? parentSpacing)
    {
        var wrap = text.Wrap == true;
        Open("p", wrap ? "lf-text lf-wrap" : "lf-text", path);
        ActionTitle(text.Action, FindingMarks.Join(path, "action"));
        Placement(parent, index, parentSpacing, text.Margin, text.Flex, text.Position, text.OffsetTop, text.OffsetBottom, text.OffsetStart, text.OffsetEnd, text.Gravity);
        _style.Add("font-size", CssLength.Of(text.Size));
        _style.Add("text-align", Align(text.Align));
        _style.Add("color", CssLength.Of(text.Color));
        _style.Add("font-weight", Weight(text.Weight));
        if (wrap && text.MaxLines is > 0 and var lines)
        {
            _style.Add("-webkit-line-clamp", lines.ToString(CultureInfo.InvariantCulture));
            _style.Add("display", "-webkit-box");
        }

        Close();
        if (text.Contents is { Count: > 0 } spans)
        {
            for (var i = 0; i < spans.Count; i++)
            {
                if (spans[i] is { } span)
                {
                    Span(span, path + ".contents[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                }
            }
        }
        else
        {
            _html.AppendEscaped(text.Text);
        }

        _html.Append("</p>");
    }

    private void Span(FlexSpan span, string path)
    {
        Open("span", "lf-span", path);
        _style.Add("color", CssLength.Of(span.Color));
        _style.Add("font-size", CssLength.Of(span.Size));
        _style.Add("font-weight", Weight(span.Weight));
        _style.Add("font-style", span.Style switch { FontStyle.Italic => "italic", FontStyle.Normal => "normal", _ => null });
        _style.Add("text-decoration", span.Decoration switch
        {
            TextDecoration.Underline => "underline",
            TextDecoration.LineThrough => "line-through",
            TextDecoration.None => "none",
            _ => null,
        });
        Close();
        _html.AppendEscaped(span.Text).Append("</span>");
    }

    private void Image(FlexImage image, string path, Layout parent, int index, FlexSpacing? parentSpacing)
    {
        Open("div", "lf-image", path);
        ActionTitle(image.Action, FindingMarks.Join(path, "action"));
        Placement(parent, index, parentSpacing, image.Margin, image.Flex, image.Position, image.OffsetTop, image.OffsetBottom, image.OffsetStart, image.OffsetEnd, image.Gravity);
        _style.Add("justify-content", image.Align switch
        {
            FlexAlign.Start => "flex-start",
            FlexAlign.End => "flex-end",
            _ => null,
        });
        Close();

        _style.Add("width", CssLength.Of(image.Size));
        _style.Add("aspect-ratio", CssLength.Of(image.AspectRatio));
        _style.Add("object-fit", image.AspectMode == AspectMode.Cover ? "cover" : null);
        _style.Add("background-color", CssLength.Of(image.BackgroundColor));
        Picture("lf-img", image.Url, FindingMarks.Join(path, "url"));
        _html.Append("</div>");
    }

    private void Icon(FlexIcon icon, string path, Layout parent, int index, FlexSpacing? parentSpacing)
    {
        // An icon is the picture itself, so its path, placement and size go on the one element Picture writes.
        Placement(parent, index, parentSpacing, icon.Margin, null, icon.Position, icon.OffsetTop, icon.OffsetBottom, icon.OffsetStart, icon.OffsetEnd);
        _style.Add("height", CssLength.Of(icon.Size));
        _style.Add("aspect-ratio", CssLength.Of(icon.AspectRatio));
        Picture("lf-icon", icon.Url, FindingMarks.Join(path, "url"), path);
    }

    /// <summary>An image, or a placeholder of the same box when images are off or the URL is not safe to load.</summary>
    private void Picture(string classes, string? url, string urlPath, string? componentPath = null)
    {
        var src = SafeUrl.ForImage(url, out var reason);
        if (src is null)
        {
            _unlinked.Add((urlPath, url ?? string.Empty, reason));
        }

        if (src is not null && _options.LoadImages)
        {
            Open("img", classes, componentPath);
            _html.Append(" src=\"").AppendEscaped(src).Append("\" alt=\"\" referrerpolicy=\"no-referrer\"");
            Close();
            return;
        }

        Open("span", classes + " lf-placeholder", componentPath);
        _html.Append(" role=\"img\" aria-label=\"").Append(src is null ? "image not loaded: unsafe URL" : "image").Append('"');
        Close();
        _html.Append(src is null ? "&#9888;" : string.Empty).Append("</span>");
    }

    private void Button(FlexButton button, string path, Layout parent, int index, FlexSpacing? parentSpacing)
    {
        var style = button.Style switch
        {
            ButtonStyle.Primary => "lf-primary",
            ButtonStyle.Secondary => "lf-secondary",
            _ => "lf-link",
        };
        var classes = "lf-button " + style + (button.Height == ButtonHeight.Small ? " lf-sm" : string.Empty);
        var href = button.Action is UriAction uri ? Link(uri.Uri, FindingMarks.Join(path, "action.uri")) : null;
        if (href is not null)
        {
            Open("a", classes, path);
            _html.Append(" href=\"").AppendEscaped(href).Append("\" target=\"_blank\" rel=\"noopener noreferrer\"");
        }
        else
        {
            Open("span", classes, path);
            ActionTitle(button.Action, FindingMarks.Join(path, "action"));
        }

        Placement(parent, index, parentSpacing, button.Margin, button.Flex, button.Position, button.OffsetTop, button.OffsetBottom, button.OffsetStart, button.OffsetEnd, button.Gravity);
        _style.Add(button.Style is ButtonStyle.Primary or ButtonStyle.Secondary ? "background-color" : "color", CssLength.Of(button.Color));
        Close();
        // The label is an element of its own so that, too wide for its button, it ends in an ellipsis as in LINE
        // instead of overflowing both sides of the centred row.
        _html.Append("<span class=\"lf-label\">");
        if (button.Action is UriAction && href is null)
        {
            _html.Append("&#9888; ");
        }

        _html.AppendEscaped(button.Action?.Label).Append("</span>").Append(href is null ? "</span>" : "</a>");
    }

    /// <summary>The safe link of a URI action, or null after noting why it is shown as text.</summary>
    private string? Link(string? url, string urlPath)
    {
        var href = SafeUrl.ForLink(url, out var reason);
        if (href is null)
        {
            _unlinked.Add((urlPath, url ?? string.Empty, reason));
        }

        return href;
    }

    /// <summary>Says what a tap would do in a tooltip; an unsafe URL is listed under the card instead of linked.</summary>
    private void ActionTitle(FlexAction? action, string actionPath)
    {
        if (action is not null)
        {
            _actionTitles.Visit(action, actionPath);
        }
    }

    /// <summary>The tooltip of each type of action, given the action's wire path.</summary>
    private sealed class ActionTitles(BubbleWriter writer) : FlexActionVisitor<string>
    {
        protected override void VisitUriAction(UriAction node, string context)
        {
            var href = writer.Link(node.Uri, FindingMarks.Join(context, "uri"));
            writer._html.Append(" title=\"").Append(href is null ? "Opens a link that is not shown: see the list below" : "Opens ").AppendEscaped(href).Append('"');
        }

        protected override void VisitPostbackAction(PostbackAction node, string context) =>
            writer._html.Append(" title=\"Sends back: ").AppendEscaped(FlexLimits.Excerpt(node.Data ?? string.Empty)).Append('"');
    }

    /// <summary>
    /// How a child sits in its parent: its share of the main axis (<c>flex</c>), the gap before it (its
    /// <c>margin</c>, else the parent's <c>spacing</c>), its <c>position</c> and offsets, and its <c>gravity</c>.
    /// </summary>
    private void Placement(
        Layout parent,
        int index,
        FlexSpacing? parentSpacing,
        FlexSpacing? margin,
        int? flex = null,
        FlexPosition? position = null,
        FlexOffset? top = null,
        FlexOffset? bottom = null,
        FlexOffset? start = null,
        FlexOffset? end = null,
        FlexGravity? gravity = null)
    {
        var gap = CssLength.Of(margin) ?? (index > 0 ? CssLength.Of(parentSpacing) : null);
        _style.Add(parent == Layout.Vertical ? "margin-top" : "margin-inline-start", gap);
        if (flex is { } share and >= 0)
        {
            var grow = share.ToString(CultureInfo.InvariantCulture);
            _style.Add("flex", share == 0 ? "0 0 auto" : parent == Layout.Vertical ? grow + " 0 auto" : grow + " 0 0");
        }

        if (position == FlexPosition.Absolute)
        {
            _style.Add("position", "absolute");
        }

        _style.Add("top", CssLength.Of(top));
        _style.Add("bottom", CssLength.Of(bottom));
        _style.Add("inset-inline-start", CssLength.Of(start));
        _style.Add("inset-inline-end", CssLength.Of(end));
        if (parent != Layout.Vertical)
        {
            _style.Add("align-self", gravity switch
            {
                FlexGravity.Top => "flex-start",
                FlexGravity.Center => "center",
                FlexGravity.Bottom => "flex-end",
                _ => null,
            });
        }
    }

    private static string? Align(FlexAlign? align) => align switch
    {
        FlexAlign.Start => "start",
        FlexAlign.End => "end",
        FlexAlign.Center => "center",
        _ => null,
    };

    private static string? Weight(FontWeight? weight) => weight switch
    {
        FontWeight.Bold => "700",
        FontWeight.Regular => "400",
        _ => null,
    };

    /// <summary>Opens a component's tag with its classes, its wire path and, when it has findings, their marks.</summary>
    private void Open(string tag, string classes, string? path)
    {
        var numbers = path is null ? null : _marks.For(path);
        _html.Append('<').Append(tag).Append(" class=\"").Append(classes).Append(numbers is null ? string.Empty : " lf-invalid").Append('"');
        Path(path);
        if (numbers is not null)
        {
            _html.Append(" data-findings=\"").AppendJoin(' ', numbers).Append('"');
        }
    }

    private void Path(string? path)
    {
        if (path is not null)
        {
            _html.Append(" data-path=\"").AppendEscaped(path.Length == 0 ? "$" : path).Append('"');
        }
    }

    private void Close()
    {
        _style.WriteTo(_html);
        _html.Append('>');
    }
}
