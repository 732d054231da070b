namespace LineFlex;

/// <summary>
/// The modifiers shared by several builders, written once: each returns the same builder so calls chain.
/// See docs/building-messages.md for the property each one sets.
/// </summary>
public static class FlexModifiers
{
    /// <summary>Sets <c>flex</c> (0..20). Unset and 0 differ: 0 sizes the component to its content.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flex"/> is negative.</exception>
    public static T Flex<T>(this T builder, int flex)
        where T : class, IHasFlex
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfNegative(flex);
        builder.SetFlex(flex);
        return builder;
    }

    /// <summary>Sets <c>margin</c>: the space before the component (<c>"md"</c>, <c>FlexSpacing.Px(8)</c>).</summary>
    public static T Margin<T>(this T builder, FlexSpacing margin)
        where T : class, IHasMargin
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetMargin(margin);
        return builder;
    }

    /// <summary>Sets <c>position</c>.</summary>
    public static T Position<T>(this T builder, FlexPosition position)
        where T : class, IHasPosition
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetPosition(position);
        return builder;
    }

    /// <summary>Sets <c>offsetTop</c>.</summary>
    public static T OffsetTop<T>(this T builder, FlexOffset offset)
        where T : class, IHasPosition
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetOffsetTop(offset);
        return builder;
    }

    /// <summary>Sets <c>offsetBottom</c>.</summary>
    public static T OffsetBottom<T>(this T builder, FlexOffset offset)
        where T : class, IHasPosition
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetOffsetBottom(offset);
        return builder;
    }

    /// <summary>Sets <c>offsetStart</c>.</summary>
    public static T OffsetStart<T>(this T builder, FlexOffset offset)
        where T : class, IHasPosition
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetOffsetStart(offset);
        return builder;
    }

    /// <summary>Sets <c>offsetEnd</c>.</summary>
    public static T OffsetEnd<T>(this T builder, FlexOffset offset)
        where T : class, IHasPosition
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetOffsetEnd(offset);
        return builder;
    }

    /// <summary>Sets <c>action</c>, a slot: setting it twice throws.</summary>
    /// <exception cref="InvalidOperationException">The action was already set.</exception>
    public static T Action<T>(this T builder, FlexAction action)
        where T : class, IHasAction
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(action);
        builder.SetAction(action);
        return builder;
    }

    /// <summary>Sets <c>action</c> to a URI action; see <see cref="LineFlex.Flex.Uri"/>.</summary>
    public static T Uri<T>(this T builder, string label, string uri, string? desktopUri = null)
        where T : class, IHasAction =>
        builder.Action(LineFlex.Flex.Uri(label, uri, desktopUri));

    /// <summary>Sets <c>action</c> to a POSTBACK action; see <see cref="LineFlex.Flex.Postback"/>.</summary>
    public static T Postback<T>(this T builder, string label, string data, string? desktopUri = null)
        where T : class, IHasAction =>
        builder.Action(LineFlex.Flex.Postback(label, data, desktopUri));

    /// <summary>Sets <c>align</c>.</summary>
    public static T Align<T>(this T builder, FlexAlign align)
        where T : class, IHasAlign
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetAlign(align);
        return builder;
    }

    /// <summary>Sets <c>gravity</c>.</summary>
    public static T Gravity<T>(this T builder, FlexGravity gravity)
        where T : class, IHasGravity
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetGravity(gravity);
        return builder;
    }

    /// <summary>Sets <c>color</c> (<c>"#06C755"</c>).</summary>
    public static T Color<T>(this T builder, FlexColor color)
        where T : class, IHasColor
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetColor(color);
        return builder;
    }

    /// <summary>Sets <c>size</c> (<c>"lg"</c>, <c>"14px"</c>).</summary>
    public static T Size<T>(this T builder, FlexSize size)
        where T : class, IHasFont
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetSize(size);
        return builder;
    }

    /// <summary>Sets <c>weight</c>.</summary>
    public static T Weight<T>(this T builder, FontWeight weight)
        where T : class, IHasFont
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetWeight(weight);
        return builder;
    }

    /// <summary>Sets <c>weight</c> to <c>BOLD</c>.</summary>
    public static T Bold<T>(this T builder)
        where T : class, IHasFont => builder.Weight(FontWeight.Bold);
}
