namespace LineFlex;

// Capability interfaces: a builder that has one gets the matching modifiers of FlexModifiers,
// written once for every component. Their members are internal, so only LineFlex implements them;
// the generator implements each Set{Property} member from the builder's field for that property.

/// <summary>A builder whose node has <c>flex</c>: BOX, TEXT, IMAGE, BUTTON.</summary>
public partial interface IHasFlex
{
    internal void SetFlex(int flex);
}

/// <summary>A builder whose node has <c>margin</c>: every component but SPAN.</summary>
public interface IHasMargin
{
    internal void SetMargin(FlexSpacing margin);
}

/// <summary>A builder whose node has <c>position</c> and the four offsets: BOX, TEXT, IMAGE, ICON, BUTTON.</summary>
public partial interface IHasPosition
{
    internal void SetPosition(FlexPosition position);

    internal void SetOffsetTop(FlexOffset offsetTop);

    internal void SetOffsetBottom(FlexOffset offsetBottom);

    internal void SetOffsetStart(FlexOffset offsetStart);

    internal void SetOffsetEnd(FlexOffset offsetEnd);
}

/// <summary>A builder whose node has an <c>action</c> slot: the bubble, BOX, TEXT, IMAGE, BUTTON.</summary>
public interface IHasAction
{
    internal void SetAction(FlexAction action);
}

/// <summary>A builder whose node has <c>align</c>: TEXT, IMAGE.</summary>
public interface IHasAlign
{
    internal void SetAlign(FlexAlign align);
}

/// <summary>A builder whose node has <c>gravity</c>: TEXT, IMAGE, BUTTON.</summary>
public partial interface IHasGravity
{
    internal void SetGravity(FlexGravity gravity);
}

/// <summary>A builder whose node has <c>color</c>: TEXT, SPAN, BUTTON, SEPARATOR.</summary>
public interface IHasColor
{
    internal void SetColor(FlexColor color);
}

/// <summary>A builder whose node has a text <c>size</c> and <c>weight</c>: TEXT, SPAN.</summary>
public interface IHasFont
{
    internal void SetSize(FlexSize size);

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
