namespace LineFlex;

/// <summary>How a builder hands the items it collected to the model.</summary>
internal static class BuilderLists
{
    /// <summary>
    /// The items as a list of the model, in an array of their exact length: the builder's list stays its own (a
    /// builder may build again, or be reused for the next node), so the model never shares it.
    /// </summary>
    public static ValueList<T> ToValueList<T>(List<T> items) =>
        items.Count == 0 ? ValueList<T>.Empty : new ValueList<T>(items.ToArray());
}
