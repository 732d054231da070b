namespace LineFlex.Samples.Notify;

/// <summary>Prints bulk progress as it happens, on the sender's thread, so lines come in order.</summary>
internal sealed class ConsoleProgress(TextWriter output) : IProgress<BulkProgress>
{
    public void Report(BulkProgress value) =>
        output.WriteLine($"  progress: {value.Processed} processed, {value.Accepted} accepted, {value.Failed} failed");
}
