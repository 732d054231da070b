namespace LineFlex.Cli;

/// <summary>
/// Reads a file through a bound on its size, never trusting the length the file system reports: a device
/// (<c>/dev/zero</c>), a pipe or a file that grows while it is read reports 0 or less than it holds.
/// </summary>
internal static class BoundedFile
{
    /// <summary>
    /// The bytes of the file at <paramref name="path"/>, to its end or to <paramref name="limit"/> + 1 bytes, whichever
    /// comes first: more than <paramref name="limit"/> bytes means the file is larger, and the rest is not read.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ReadOnlyMemory<byte> Read(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);

        // One buffer for the whole bound, not zeroed: the system gives it memory only where bytes are read into it, so a
        // small file costs little, and an endless one no more than the bound, with no copies of a growing buffer.
        var buffer = GC.AllocateUninitializedArray<byte>(limit + 1);
        var count = 0;
        int read;
        while (count < buffer.Length && (read = stream.Read(buffer, count, buffer.Length - count)) > 0)
        {
            count += read;
        }

        return buffer.AsMemory(0, count);
    }

    /// <summary>
    /// <see cref="Read"/>, given up after <paramref name="wait"/>: a pipe with no writer, or a writer that never closes
    /// it, would keep the read waiting for ever.
    /// </summary>
    /// <exception cref="TimeoutException">The file did not end within <paramref name="wait"/>.</exception>
    public static Task<ReadOnlyMemory<byte>> ReadAsync(string path, int limit, TimeSpan wait, CancellationToken cancellationToken) =>
        // The read blocks in the system (opening a pipe waits for its writer), where no token reaches it; it is left
        // to end with the pipe, and only the wait for it is bounded.
        Task.Run(() => Read(path, limit), CancellationToken.None).WaitAsync(wait, cancellationToken);
}
