namespace LineFlex;

// Capability interfaces: a builder that has one gets the matching modifiers of FlexModifiers, written
// once for every component. Their members are internal, so only LineFlex implements them. The generator
// implements each Set{Property} member from the builder's field for that property, and writes for each the
// modifier {Property}<T>(this T builder, value) of FlexModifiers with the member's documentation
// (FlexModifiers.g.cs), unless FlexModifiers has one written by hand.

/// <summary>A builder whose node has <c>flex</c>: BOX, TEXT, IMAGE, BUTTON.</summary>
public partial interface IHasFlex
{
    internal void SetFlex(int flex);
}

/// <summary>A builder whose node has <c>margin</c>: every component but SPAN.</summary>
public interface IHasMargin
{
    /// <summary>Sets <c>margin</c>: the space before the component (<c>"md"</c>, <c>FlexSpacing.Px(8)</c>).</summary>
    internal void SetMargin(FlexSpacing margin);
}

/// <summary>A builder whose node has <c>position</c> and the four offsets: BOX, TEXT, IMAGE, ICON, BUTTON.</summary>
public partial interface IHasPosition
{
    /// <summary>Sets <c>position</c>.</summary>
    internal void SetPosition(FlexPosition position);

    /// <summary>Sets <c>offsetTop</c>.</summary>
    internal void SetOffsetTop(FlexOffset offset);

    /// <summary>Sets <c>offsetBottom</c>.</summary>
    internal void SetOffsetBottom(FlexOffset offset);

    /// <summary>Sets <c>offsetStart</c>.</summary>
    internal void SetOffsetStart(FlexOffset offset);

    /// <summary>Sets <c>offsetEnd</c>.</summary>
    internal void SetOffsetEnd(FlexOffset offset);
}

/// <summary>A builder whose node has an <c>action</c> slot: the bubble, BOX, TEXT, IMAGE, BUTTON.</summary>
public interface IHasAction
{
    /// <summary>Sets <c>action</c>, a slot: setting it twice throws.</summary>
    /// <exception cref="InvalidOperationException">The action was already set.</exception>
    internal void SetAction(FlexAction action);
}

/// <summary>A builder whose node has <c>align</c>: TEXT, IMAGE.</summary>
public interface IHasAlign
{
    /// <summary>Sets <c>align</c>.</summary>
    internal void SetAlign(FlexAlign align);
}

/// <summary>A builder whose node has <c>gravity</c>: TEXT, IMAGE, BUTTON.</summary>
public partial interface IHasGravity
{
    /// <summary>Sets <c>gravity</c>.</summary>
    internal void SetGravity(FlexGravity gravity);
}

/// <summary>A builder whose node has <c>color</c>: TEXT, SPAN, BUTTON, SEPARATOR.</summary>
public interface IHasColor
{
    /// <summary>Sets <c>color</c> (<c>"#06C755"</c>).</summary>
    internal void SetColor(FlexColor color);
}

/// <summary>A builder whose node has a text <c>size</c> and <c>weight</c>: TEXT, SPAN.</summary>
public interface IHasFont
{
    /// <summary>Sets <c>size</c> (<c>"lg"</c>, <c>"14px"</c>).</summary>
    internal void SetSize(FlexSize size);

    /// <summary>Sets <c>weight</c>.</summary>
    internal void SetWeight(FontWeight weight);
}

/// <summary>
/// Every LineFlex builder: request, message, bubble, style, box, component and option builders. A builder that
/// is one gets the composition methods of <see cref="FlexComposition"/> (<c>When</c>, <c>Apply</c>).
/// </summary>
/// <remarks>Only LineFlex's own builders implement it; it carries no members. See docs/templates.md.</remarks>
#pragma warning disable CA1040 // A marker is the point: composition works on every builder without a member of its own.
public interface IFlexBuilder;
#pragma warning restore CA1040
