using System.Net;
using System.Threading.Channels;

namespace LineFlex.Cli;

/// <summary>
/// <c>lineflex preview --watch</c>: serves the templates' page on 127.0.0.1 and, whenever a source of the project
/// changes (or the assembly is rebuilt), builds and renders it again; the open page reloads. Runs until cancelled.
/// </summary>
internal static class TemplateWatch
{
    /// <summary>How long to wait after a change for the rest of an editor's writes, so a save builds once.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private static readonly string[] SourceExtensions = [".cs", ".csproj", ".props", ".targets", ".json", ".resx"];

    public static async Task<int> RunAsync(TemplateSource source, PreviewOptions options, int port, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var server = await PreviewServer.StartAsync(port, cancellationToken).ConfigureAwait(false);
        var changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        using var watcher = new FileSystemWatcher(source.Folder)
        {
            IncludeSubdirectories = source.Project is not null,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, e) =>
        {
            if (Follows(source, e.FullPath))
            {
                changes.Writer.TryWrite(e.FullPath);
            }
        };
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => changed(watcher, e);
        watcher.EnableRaisingEvents = true;

        try
        {
            await RefreshAsync(source, options, server, output, error, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"Serving the templates at {server.Url} (127.0.0.1 only); watching {source.Folder}. Press Ctrl+C to stop.");
            while (true)
            {
                var first = await changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(Settle, cancellationToken).ConfigureAwait(false);
                while (changes.Reader.TryRead(out _))
                {
                }

                output.WriteLine($"{DateTime.Now:HH:mm:ss} {Path.GetRelativePath(source.Folder, first)} changed; rebuilding.");
                await RefreshAsync(source, options, server, output, error, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCode.Success;
        }
    }

    /// <summary>Whether a change at <paramref name="path"/> calls for a new page: a source of the project outside bin/ and obj/, or the assembly itself.</summary>
    private static bool Follows(TemplateSource source, string path)
    {
        if (source.Project is null)
        {
            return string.Equals(path, source.Assembly, StringComparison.Ordinal);
        }

        var relative = Path.GetRelativePath(source.Folder, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return relative[0] is not ("bin" or "obj") && !relative.Any(part => part.StartsWith('.'))
            && SourceExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
    }

    private static async Task RefreshAsync(TemplateSource source, PreviewOptions options, PreviewServer server, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await source.BuildAsync(cancellationToken).ConfigureAwait(false);
            server.Publish(source.Render(options));
            output.WriteLine($"{DateTime.Now:HH:mm:ss} Rendered {Path.GetFileName(source.Assembly)}; the open page reloads.");
        }
        catch (CommandFailedException failure)
        {
            // The page shows the failure until the next change fixes it; the watch goes on.
            error.WriteLine(ErrorLine.Of(failure.Message));
            server.Publish($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LineFlex templates: failed</title></head>\n<body><p>{WebUtility.HtmlEncode(failure.Message)}</p><p>Fix it and save; this page reloads.</p></body></html>\n");
        }
    }
}
