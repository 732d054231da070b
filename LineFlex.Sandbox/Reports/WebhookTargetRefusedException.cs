namespace LineFlex.Sandbox;

/// <summary>A webhook post refused before connecting: its host is not one the sandbox posts to (see <see cref="WebhookTargets"/>).</summary>
/// <param name="reason">What the host resolves to and how to allow it, for the log line.</param>
internal sealed class WebhookTargetRefusedException(string reason) : Exception(reason);
