namespace LineFlex;

/// <summary>
/// Infobip answered with success, but the body could not be read as the expected result: a send's
/// answer that is not the expected JSON, or a delivery report pull answered with an HTML page or
/// other text that is not a report list.
/// </summary>
public sealed class LineFlexResponseException : LineFlexException
{
    internal LineFlexResponseException(string message, int attempts, bool mayHaveBeenDelivered, Exception? innerException = null)
        : base(message, attempts, mayHaveBeenDelivered, innerException)
    {
    }
}
