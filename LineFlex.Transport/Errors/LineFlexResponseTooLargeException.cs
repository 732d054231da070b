namespace LineFlex;

/// <summary>
/// An answer's body went on past <see cref="LineFlexOptions.MaxResponseBytes"/>; LineFlex stopped reading
/// it there instead of holding an unbounded body in memory.
/// </summary>
public sealed class LineFlexResponseTooLargeException : LineFlexException
{
    internal LineFlexResponseTooLargeException(string target, int statusCode, int limit, int attempts, bool mayHaveBeenDelivered)
        : base(Describe(target, statusCode, limit, mayHaveBeenDelivered), attempts, mayHaveBeenDelivered, innerException: null)
    {
        StatusCode = statusCode;
        Limit = limit;
    }

    /// <summary>The answer's HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The most bytes that were to be read (<see cref="LineFlexOptions.MaxResponseBytes"/>).</summary>
    public int Limit { get; }

    private static string Describe(string target, int status, int limit, bool mayHaveBeenDelivered) =>
        $"The answer to {target} ({status}) is larger than LineFlexOptions.MaxResponseBytes ({limit:N0} bytes); LineFlex stopped reading it there."
        + (mayHaveBeenDelivered ? " The request was accepted, so the message was probably sent: check the delivery reports before sending it again." : string.Empty)
        + " If answers this large are expected, raise MaxResponseBytes; otherwise something other than Infobip answered.";
}
