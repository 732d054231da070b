namespace LineFlex;

/// <summary>
/// Validates a BOX, LINE's rules on which child may stand where, and its children, each by the checks of its own
/// type's validator (<see cref="ComponentValidators.Check{T}"/>), run where the child stands.
/// </summary>
internal sealed class BoxValidator() : NodeValidator<FlexBox>(Check)
{
    /// <summary>The checks of a BOX and of everything it holds, on its own or where it stands.</summary>
    public static void Check<T>(FlexBox box, NodeChecks<T> c)
    {
        c.Required(FlexRules.LayoutRequired, "layout", box.Layout);
        c.WellFormed(box);
        c.NoNullItems("contents", box.Contents, "component");
        c.Flexible(box);
        for (var i = 0; box.Contents is not null && i < box.Contents.Count; i++)
        {
            if (box.Contents[i] is { } child)
            {
                CheckChildPlacement(box.Layout, child, c, i);
            }
        }

        ActionValidators.Check(box.Action, c);
        for (var i = 0; box.Contents is not null && i < box.Contents.Count; i++)
        {
            if (box.Contents[i] is { } child)
            {
                ComponentValidators.Check(child, c.Below("contents", i));
            }
        }
    }

    /// <summary>
    /// LINE's rules on which child may stand in a box of <paramref name="layout"/>, reported at the child, the one at
    /// <paramref name="index"/> of the contents of the box of <paramref name="box"/>. A child no rule here concerns, as
    /// most are, is passed by without setting its path down.
    /// </summary>
    private static void CheckChildPlacement<T>(BoxLayout? layout, FlexComponent child, NodeChecks<T> box, int index)
    {
        if (layout is not (BoxLayout.Baseline or BoxLayout.Horizontal or BoxLayout.Vertical)
            || (layout != BoxLayout.Baseline && child is not (FlexIcon or FlexSpan)))
        {
            return;
        }

        var c = box.Below("contents", index);
        if (layout == BoxLayout.Baseline)
        {
            if (child is not (FlexText or FlexIcon))
            {
                var type = WireEnum<ComponentType>.Name(child.Type);
                c.Fail(FlexRules.BaselineChild, string.Empty, $"A BASELINE box holds only TEXT and ICON, not {type}. Put the {type} in a HORIZONTAL or VERTICAL box.", type);
            }

            if (child is IHasGravity.Node { Gravity: not null } gravitated)
            {
                c.Fail(FlexRules.BaselineGravity, "gravity", "A child of a BASELINE box can't use gravity; remove it, or use a HORIZONTAL box.", gravitated.Gravity);
            }

            if (child is IHasPosition.Node { OffsetBottom: not null } placed)
            {
                c.Fail(FlexRules.BaselineOffsetBottom, "offsetBottom", "A child of a BASELINE box can't use offsetBottom; remove it, or use offsetTop.", placed.OffsetBottom.Value.Value);
            }
        }
        else if (layout is BoxLayout.Horizontal or BoxLayout.Vertical && child is FlexIcon or FlexSpan)
        {
            var fix = child is FlexIcon ? "Put icons in a BASELINE box." : "Put spans in a TEXT's contents.";
            c.Fail(
                FlexRules.BoxChild,
                string.Empty,
                $"A {WireEnum<BoxLayout>.Name(layout.Value)} box can't hold {(child is FlexIcon ? "an ICON" : "a SPAN")}. {fix}",
                WireEnum<ComponentType>.Name(child.Type));
        }
    }
}
