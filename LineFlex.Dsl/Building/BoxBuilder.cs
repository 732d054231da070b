namespace LineFlex;

/// <summary>
/// Builds a <see cref="FlexBox"/>: a block of the bubble or a box inside one. Children are added in
/// order with <see cref="Text(string, Action{TextBuilder}?)"/>, <see cref="Box(BoxLayout, Action{BoxBuilder})"/>,
/// <see cref="Image"/>, ...; each returns this builder so siblings chain.
/// </summary>
/// <remarks>You meet one as a lambda parameter: <c>Flex.Bubble().Body(body => body.Text("Hi").Separator())</c>. See docs/building-messages.md.</remarks>
public sealed partial class BoxBuilder : IFlexBuilder, IHasFlex, IHasMargin, IHasPosition, IHasAction
{
    // The state is one field per property of FlexBox, generated with the plain setters (BoxBuilder.g.cs).

    /// <summary>How deep this box stands: 1 for a block or a box built on its own.</summary>
    private int _level;

    /// <summary>
    /// The builders of this box's child boxes and TEXTs, one of each reused child after child: a row of a long list
    /// then costs its records and nothing else. A builder is handed out only while it is not in use (a lambda that
    /// adds to this box while one of its children is being built gets a new one), and a builder is valid only inside
    /// the lambda it is passed to.
    /// </summary>
    private BoxBuilder? _spareBox;

    private TextBuilder? _spareText;

    internal BoxBuilder(BoxLayout layout, int level)
    {
        _layout = layout;
        _level = level;

        // A box built here always writes its contents, as [] when it has no children.
        _contents.Clear();
    }

    /// <summary>Adds a child box laid out by <paramref name="layout"/>.</summary>
    /// <exception cref="InvalidOperationException">The child would nest deeper than <see cref="FlexLimits.MaxDepth"/>.</exception>
    public BoxBuilder Box(BoxLayout layout, Action<BoxBuilder> contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        NestingGuard.EnsureRoomBelow(_level);
        var builder = _spareBox ?? new BoxBuilder(layout, _level + 1);
        _spareBox = null;
        builder.Reset(layout, _level + 1);
        contents(builder);
        var box = builder.BuildFlexBox();
        _spareBox = builder;
        return Child(box);
    }

    /// <summary>Adds a child VERTICAL box.</summary>
    public BoxBuilder Box(Action<BoxBuilder> contents) => Box(BoxLayout.Vertical, contents);

    /// <summary>Adds a child HORIZONTAL box: its children stand side by side.</summary>
    public BoxBuilder Horizontal(Action<BoxBuilder> contents) => Box(BoxLayout.Horizontal, contents);

    /// <summary>Adds a child VERTICAL box: its children stand one under another.</summary>
    public BoxBuilder Vertical(Action<BoxBuilder> contents) => Box(BoxLayout.Vertical, contents);

    /// <summary>Adds a child BASELINE box: TEXTs and ICONs on one text baseline.</summary>
    public BoxBuilder Baseline(Action<BoxBuilder> contents) => Box(BoxLayout.Baseline, contents);

    /// <summary>Adds a TEXT showing <paramref name="text"/>.</summary>
    public BoxBuilder Text(string text, Action<TextBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Child(configure is null ? new FlexText { Text = text } : ChildText(text, configure));
    }

    /// <summary>Adds a TEXT made of SPANs: <c>Text(t => t.Span("Hello ").Span("world", s => s.Bold()))</c>.</summary>
    public BoxBuilder Text(Action<TextBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Child(ChildText(null, configure));
    }

    private FlexText ChildText(string? text, Action<TextBuilder> configure)
    {
        var builder = _spareText ?? new TextBuilder(text);
        _spareText = null;
        builder.Reset(text);
        configure(builder);
        var built = builder.Build();
        _spareText = builder;
        return built;
    }

    /// <summary>Adds an IMAGE from an HTTPS <paramref name="url"/>.</summary>
    public BoxBuilder Image(string url, Action<ImageBuilder>? configure = null) => Child(ImageBuilder.Build(url, configure));

    /// <summary>Adds an ICON from an HTTPS <paramref name="url"/> (icons stand in BASELINE boxes).</summary>
    public BoxBuilder Icon(string url, Action<IconBuilder>? configure = null) => Child(IconBuilder.Build(url, configure));

    /// <summary>Adds a BUTTON that runs <paramref name="action"/>; its label is the button's text.</summary>
    public BoxBuilder Button(FlexAction action, Action<ButtonBuilder>? configure = null) => Child(ButtonBuilder.Build(action, configure));

    /// <summary>Adds a SEPARATOR line.</summary>
    public BoxBuilder Separator(Action<SeparatorBuilder>? configure = null) => Child(SeparatorBuilder.Build(configure));

    /// <summary>Adds an already built component: a shared fragment, or one made by a template method.</summary>
    /// <exception cref="ArgumentException">Its boxes would nest deeper than <see cref="FlexLimits.MaxDepth"/> here.</exception>
    public BoxBuilder Add(FlexComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        NestingGuard.EnsureFits(component, _level, nameof(component));
        return Child(component);
    }

    /// <summary>Adds already built components in order.</summary>
    public BoxBuilder Add(IEnumerable<FlexComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        foreach (var component in components)
        {
            Add(component ?? throw new ArgumentException("The components contain a null; remove it.", nameof(components)));
        }

        return this;
    }

    /// <summary>
    /// Adds a row for each of <paramref name="items"/>: a HORIZONTAL box that <paramref name="row"/> fills from the item.
    /// With <paramref name="max"/>, at most that many rows are shown and one TEXT line says how many were left out
    /// (<paramref name="more"/>, <c>"+{n} more"</c> by default).
    /// </summary>
    /// <param name="items">The rows' data, in order.</param>
    /// <param name="row">Fills one row: <c>(row, item) =&gt; row.Text(item.Name).Text(item.Price, t =&gt; t.Align(FlexAlign.End))</c>.</param>
    /// <param name="max">The most rows to show (at least 1); all of them when null.</param>
    /// <param name="more">The line that stands for the rows left out, given their number: <c>n =&gt; $"+{n} more"</c>.</param>
    /// <param name="moreText">Styles that line (size, colour).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than 1.</exception>
    /// <remarks>See docs/templates.md, section "Rows".</remarks>
    public BoxBuilder Rows<T>(IEnumerable<T> items, Action<BoxBuilder, T> row, int? max = null, Func<int, string>? more = null, Action<TextBuilder>? moreText = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(row);
        if (max is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "Rows shows at least one row; pass a max of 1 or more, or null to show every row.");
        }

        var shown = 0;
        var hidden = 0;
        foreach (var item in items)
        {
            if (shown < max || max is null)
            {
                Horizontal(box => row(box, item));
                shown++;
            }
            else
            {
                hidden++;
            }
        }

        if (hidden > 0)
        {
            var line = (more ?? DefaultMore)(hidden)
                ?? throw new ArgumentException("The more line is null; return the text that stands for the rows left out.", nameof(more));
            Text(line, moreText);
        }

        return this;
    }

    private static string DefaultMore(int hidden) => "+" + hidden.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more";

    void IHasAction.SetAction(FlexAction action)
    {
        SlotGuard.EnsureNoAction(_action, "BOX");
        _action = action;
    }

    /// <summary>Builds a box standing <paramref name="level"/> deep: 1 for a block or a box built on its own.</summary>
    internal static FlexBox Build(BoxLayout layout, Action<BoxBuilder> contents, int level = 1)
    {
        ArgumentNullException.ThrowIfNull(contents);
        return new BoxBuilder(layout, level).Configured(contents).BuildFlexBox();
    }

    /// <summary>Makes this builder as new, for a box of <paramref name="layout"/> at <paramref name="level"/>, keeping its spare builders and the list of children.</summary>
    private void Reset(BoxLayout layout, int level)
    {
        var contents = _contents;
        ClearState();
        contents.Clear();
        _contents = contents;
        _layout = layout;
        _level = level;
    }

    private BoxBuilder Child(FlexComponent child)
    {
        _contents.Add(child);
        return this;
    }
}
