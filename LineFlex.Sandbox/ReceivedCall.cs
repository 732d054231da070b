namespace LineFlex.Sandbox;

/// <summary>The call in progress as the endpoints see it: its body's bytes and its entry in the journal.</summary>
internal sealed record ReceivedCall(byte[] Body, JournalEntry Entry);
