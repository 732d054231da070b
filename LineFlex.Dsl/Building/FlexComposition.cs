namespace LineFlex;

/// <summary>
/// Composition on every builder, so a template reads as one chain: <c>When</c> for a part that depends on the
/// data, <c>Apply</c> for a shared fragment written once as an <c>Action</c> of the builder.
/// </summary>
/// <remarks>See docs/templates.md, section "Composing".</remarks>
public static class FlexComposition
{
    /// <summary>
    /// Runs <paramref name="then"/> on this builder when <paramref name="condition"/> holds, and
    /// <paramref name="otherwise"/> (when given) when it does not:
    /// <c>body.When(order.Discount &gt; 0, b =&gt; b.Text($"Discount {order.Discount}"))</c>.
    /// </summary>
    /// <returns>The same builder, so calls chain.</returns>
    public static T When<T>(this T builder, bool condition, Action<T> then, Action<T>? otherwise = null)
        where T : class, IFlexBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(then);
        if (condition)
        {
            then(builder);
        }
        else
        {
            otherwise?.Invoke(builder);
        }

        return builder;
    }

    /// <summary>Runs a reusable fragment on this builder: <c>body.Apply(Brand.PriceRow("Total", "$12"))</c>.</summary>
    /// <returns>The same builder, so calls chain.</returns>
    public static T Apply<T>(this T builder, Action<T> fragment)
        where T : class, IFlexBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(fragment);
        fragment(builder);
        return builder;
    }

    /// <summary>Runs several reusable fragments on this builder, in order: <c>bubble.Apply(Brand.Header, Brand.Footer)</c>.</summary>
    /// <returns>The same builder, so calls chain.</returns>
    /// <exception cref="ArgumentException">One of the fragments is null.</exception>
    public static T Apply<T>(this T builder, params ReadOnlySpan<Action<T>> fragments)
        where T : class, IFlexBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        for (var i = 0; i < fragments.Length; i++)
        {
            var fragment = fragments[i] ?? throw new ArgumentException($"Fragment {i} is null; pass only fragments that exist, or leave it out.", nameof(fragments));
            fragment(builder);
        }

        return builder;
    }
}
