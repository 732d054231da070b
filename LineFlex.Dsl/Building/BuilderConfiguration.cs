namespace LineFlex;

/// <summary>How every builder a lambda fills is used: made, handed to the lambda, then built by its caller.</summary>
internal static class BuilderConfiguration
{
    /// <summary>Hands <paramref name="builder"/> to <paramref name="configure"/>, when there is one, and returns it to be built.</summary>
    public static TBuilder Configured<TBuilder>(this TBuilder builder, Action<TBuilder>? configure)
    {
        configure?.Invoke(builder);
        return builder;
    }
}
