namespace LineFlex;

/// <summary>How far a bulk send has come, reported after every batch.</summary>
/// <param name="Processed">Messages with an outcome so far.</param>
/// <param name="Accepted">Messages Infobip accepted so far.</param>
/// <param name="Failed">Messages that failed so far.</param>
public sealed record BulkProgress(int Processed, int Accepted, int Failed);
