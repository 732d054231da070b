namespace LineFlex;

// One modifier per member of a capability interface (Capabilities.cs) is generated (FlexModifiers.g.cs);
// here are those that check their value beyond null, and the conveniences built on them.

/// <summary>
/// The modifiers shared by several builders, written once: each returns the same builder so calls chain.
/// See docs/building-messages.md for the property each one sets.
/// </summary>
public static partial class FlexModifiers
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

    /// <summary>Sets <c>action</c> to a URI action; see <see cref="LineFlex.Flex.Uri"/>.</summary>
    public static T Uri<T>(this T builder, string label, string uri, string? desktopUri = null)
        where T : class, IHasAction =>
        builder.Action(LineFlex.Flex.Uri(label, uri, desktopUri));

    /// <summary>Sets <c>action</c> to a POSTBACK action; see <see cref="LineFlex.Flex.Postback"/>.</summary>
    public static T Postback<T>(this T builder, string label, string data, string? desktopUri = null)
        where T : class, IHasAction =>
        builder.Action(LineFlex.Flex.Postback(label, data, desktopUri));

    /// <summary>Sets <c>weight</c> to <c>BOLD</c>.</summary>
    public static T Bold<T>(this T builder)
        where T : class, IHasFont => builder.Weight(FontWeight.Bold);
}
