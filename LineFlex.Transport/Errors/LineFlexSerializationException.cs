namespace LineFlex;

/// <summary>
/// The request could not be written as JSON (a null item in a list, an undefined enum value, ...), which
/// happens only when validation was skipped. Nothing was sent. <see cref="Exception.InnerException"/> is
/// the writer's exception, naming where the problem is.
/// </summary>
public sealed class LineFlexSerializationException : LineFlexException
{
    internal LineFlexSerializationException(Exception innerException)
        : base(
            $"The request could not be written as JSON: {FlexLimits.Excerpt(innerException.Message, 2 * ServerText.ExcerptLength)} Nothing was sent. Validate it (FlexValidator, or send without SendOptions.WithoutValidation) to see every problem at its path.",
            attempts: 0,
            mayHaveBeenDelivered: false,
            innerException)
    {
    }
}
