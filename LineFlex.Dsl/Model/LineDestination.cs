namespace LineFlex;

/// <summary>One recipient of a message (<c>destinations[]</c>).</summary>
public sealed record LineDestination
{
    /// <summary><c>to</c> (required): the phone number in international form without '+' (<c>66855538125</c>).</summary>
    public string? To { get; init; }

    /// <summary><c>messageId</c> (0..200 characters): your id for this message; Infobip generates one when absent.</summary>
    public string? MessageId { get; init; }
}
