namespace LineFlex;

/// <summary>
/// A template's sample as a whole message or request, with a placeholder sender and destination, so that it
/// validates, snapshots and previews like a real one. Tests, the gallery and previews use these.
/// </summary>
/// <remarks>See docs/testing.md.</remarks>
public static class FlexSampleMessages
{
    /// <summary>The placeholder sender of a sample message.</summary>
    public const string Sender = "LINEFLEX_SAMPLE";

    /// <summary>The placeholder destination of a sample message: a well-formed number no one has.</summary>
    public const string To = "66800000000";

    /// <summary>The message the template builds from the sample named <paramref name="sample"/>, sent by <see cref="Sender"/> to <see cref="To"/>.</summary>
    /// <exception cref="ArgumentException">The template has no sample of that name.</exception>
    public static LineMessage Message(IFlexTemplate template, string sample)
    {
        ArgumentNullException.ThrowIfNull(template);
        var message = Flex.Message().Sender(Sender).To(To);
        template.ComposeSample(message, sample);
        return message.Build();
    }

    /// <summary>A request holding <see cref="Message"/>: what <c>lineflex gallery</c> writes.</summary>
    /// <exception cref="ArgumentException">The template has no sample of that name.</exception>
    public static LineRequest Request(IFlexTemplate template, string sample) =>
        Flex.Request().Message(Message(template, sample)).Build();
}
