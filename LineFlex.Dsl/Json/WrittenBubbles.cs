namespace LineFlex;

/// <summary>
/// The UTF-8 bytes each bubble took as a request was written, so that validating the written request reads each
/// bubble's size (LF507) instead of counting its bytes again in a walk of its own. The transport writes a request
/// first and validates it with these (see <see cref="SendValidator"/>); the sizes are exactly what
/// <see cref="FlexSizeBudget.Measure"/> counts, the bubble's compact JSON from its <c>{</c> to its <c>}</c>.
/// </summary>
internal sealed class WrittenBubbles(int expected)
{
    private readonly List<(FlexBubble Bubble, long Bytes)> _written = new(expected);
    private int _next;

    /// <summary>Notes that <paramref name="bubble"/> was written in <paramref name="bytes"/> bytes.</summary>
    public void Add(FlexBubble bubble, long bytes) => _written.Add((bubble, bytes));

    /// <summary>The bytes <paramref name="bubble"/> (this very instance) took, or null when it was not written.</summary>
    public long? BytesOf(FlexBubble bubble)
    {
        // Validation meets the bubbles in the order they were written, so the one after the last found is nearly
        // always the one asked for; any other is found by going round once.
        for (var i = 0; i < _written.Count; i++)
        {
            var at = (_next + i) % _written.Count;
            if (ReferenceEquals(_written[at].Bubble, bubble))
            {
                _next = at + 1;
                return _written[at].Bytes;
            }
        }

        return null;
    }
}
