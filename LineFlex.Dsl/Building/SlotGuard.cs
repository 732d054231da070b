namespace LineFlex;

/// <summary>Slots (a bubble's header, a component's action) take one value; a second one is a mistake worth saying so.</summary>
internal static class SlotGuard
{
    public static void EnsureEmpty(object? current, string slot, string fix)
    {
        if (current is not null)
        {
            throw Taken(slot, fix);
        }
    }

    public static void EnsureNoAction(FlexAction? current, string owner)
    {
        if (current is not null)
        {
            throw Taken(owner + ".Action", "Call Action(...) once per " + owner + "; a tap runs a single action.");
        }
    }

    /// <summary>The error for a second value in <paramref name="slot"/>; for callers whose message is worth spelling only then.</summary>
    public static InvalidOperationException Taken(string slot, string fix) => new($"{slot} was already set. {fix}");
}
