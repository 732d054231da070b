namespace LineFlex;

/// <summary>Infobip answered with success, but the body could not be read as the expected result.</summary>
public sealed class LineFlexResponseException : LineFlexException
{
    internal LineFlexResponseException(string message, Exception? innerException = null)
        : base(message, attempts: 1, mayHaveBeenDelivered: true, innerException)
    {
    }
}
