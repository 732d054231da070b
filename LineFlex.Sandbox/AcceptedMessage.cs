namespace LineFlex.Sandbox;

/// <summary>One destination of one message that <c>POST /line/1/messages</c> accepted.</summary>
/// <param name="BulkId">The bulk id answered: the request's <c>options.schedule.bulkId</c> or a generated one.</param>
/// <param name="MessageId">The message id answered: the destination's <c>messageId</c> or a generated one.</param>
/// <param name="To">The destination's phone number.</param>
/// <param name="Message">The whole parsed message this destination belongs to.</param>
/// <param name="AcceptedAt">When it was accepted, on <see cref="SandboxOptions.TimeProvider"/>.</param>
public sealed record AcceptedMessage(string BulkId, string MessageId, string To, LineMessage Message, DateTimeOffset AcceptedAt);
