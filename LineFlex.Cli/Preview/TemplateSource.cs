using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace LineFlex.Cli;

/// <summary>
/// The templates <c>lineflex preview</c> renders: a built assembly, or a project it builds with <c>dotnet build</c>
/// first. Either way the templates are found by <see cref="FlexTemplateRegistry.FromAssembly"/>.
/// </summary>
internal sealed class TemplateSource
{
    /// <summary>How long one <c>dotnet build</c> may take.</summary>
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private TemplateSource(FileInfo? project, string? assembly)
    {
        Project = project;
        Assembly = assembly;
    }

    /// <summary>The project file, or null for an assembly given as it is.</summary>
    public FileInfo? Project { get; }

    /// <summary>The assembly, or null for a project until it is built.</summary>
    public string? Assembly { get; private set; }

    /// <summary>The folder whose changes <c>--watch</c> follows: the project's, or the assembly's.</summary>
    public string Folder => Project?.DirectoryName ?? Path.GetDirectoryName(Assembly)!;

    /// <summary>Whether <paramref name="path"/> names templates rather than a JSON file: an assembly, a project, or a folder.</summary>
    public static bool Names(string path) =>
        Directory.Exists(path) || Path.GetExtension(path).ToLowerInvariant() is ".dll" or ".exe" or ".csproj";

    /// <summary>The source <paramref name="path"/> names: an assembly (<c>.dll</c>), a project (<c>.csproj</c>), or a folder holding one project.</summary>
    /// <exception cref="CommandFailedException">There is no such file, or the folder holds no project or several.</exception>
    public static TemplateSource Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            var projects = Directory.GetFiles(full, "*.csproj");
            return projects.Length == 1
                ? new TemplateSource(new FileInfo(projects[0]), null)
                : throw new CommandFailedException(
                    $"{full} holds {(projects.Length == 0 ? "no project" : $"{projects.Length} projects")}; give the project file (App.csproj) or the built assembly (bin/Debug/net10.0/App.dll).");
        }

        if (!File.Exists(full))
        {
            throw new CommandFailedException($"{full} does not exist. Give a JSON file, a project (App.csproj) or a built assembly (bin/Debug/net10.0/App.dll).");
        }

        return Path.GetExtension(full).Equals(".csproj", StringComparison.OrdinalIgnoreCase) ? new TemplateSource(new FileInfo(full), null) : new TemplateSource(null, full);
    }

    /// <summary>Builds the project (nothing to do for an assembly) and learns where its assembly is.</summary>
    /// <exception cref="CommandFailedException">The build failed (its errors are in the message) or the project builds no single assembly.</exception>
    public async Task BuildAsync(CancellationToken cancellationToken)
    {
        if (Project is null)
        {
            return;
        }

        var build = await DotnetAsync(["build", Project.FullName, "-nologo", "-v", "q", "-clp:NoSummary"], cancellationToken).ConfigureAwait(false);
        if (build.ExitCode != 0)
        {
            var errors = build.Output.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Select(l => l.Trim()).Distinct().Take(10).ToList();
            throw new CommandFailedException($"dotnet build {Project.Name} failed: {(errors.Count == 0 ? FlexLimits.Excerpt(build.Output.Trim()) : string.Join(" | ", errors))}");
        }

        var path = await DotnetAsync(["msbuild", Project.FullName, "-nologo", "-getProperty:TargetPath"], cancellationToken).ConfigureAwait(false);
        var target = path.Output.Trim();
        Assembly = path.ExitCode == 0 && target.Length > 0 && File.Exists(target)
            ? target
            : throw new CommandFailedException($"{Project.Name} builds no single assembly (it targets several frameworks, say); build it and give the assembly: lineflex preview bin/Debug/net10.0/{Path.GetFileNameWithoutExtension(Project.Name)}.dll");
    }

    /// <summary>The gallery page of every template and sample of the assembly, with the assembly unloaded again after.</summary>
    /// <exception cref="CommandFailedException">The assembly cannot be loaded, holds no templates, or a template's name is malformed or given twice.</exception>
    public string Render(PreviewOptions options)
    {
        var assembly = Assembly ?? throw new InvalidOperationException("Build the project first.");
        var context = new TemplateLoadContext(assembly);
        try
        {
            FlexTemplateRegistry registry;
            try
            {
                registry = FlexTemplateRegistry.FromAssembly(context.LoadBytes(assembly));
            }
            catch (BadImageFormatException)
            {
                throw new CommandFailedException($"{assembly} is not a .NET assembly. Give a built assembly (bin/Debug/net10.0/App.dll) or a project (App.csproj).");
            }
            catch (Exception e) when (e is ArgumentException or TargetInvocationException or ReflectionTypeLoadException or FileNotFoundException or TypeLoadException or MissingMethodException)
            {
                var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
                throw new CommandFailedException($"The templates of {Path.GetFileName(assembly)} could not be loaded: {FlexLimits.Excerpt(cause.Message)}");
            }

            if (registry.Templates.Count == 0)
            {
                throw new CommandFailedException(
                    $"{Path.GetFileName(assembly)} holds no templates: public, non-abstract classes deriving from FlexTemplate<TModel> with a public parameterless constructor.");
            }

            return FlexPreview.Render(registry, options with { Title = options.Title ?? $"Templates of {Path.GetFileNameWithoutExtension(assembly)}" });
        }
        finally
        {
            context.Unload();
        }
    }

    private static async Task<(int ExitCode, string Output)> DotnetAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new CommandFailedException("dotnet could not be started; is the .NET SDK on the PATH?");
        var output = new StringBuilder();
        var reading = Task.WhenAll(Copy(process.StandardOutput, output), Copy(process.StandardError, output));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(BuildTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new CommandFailedException($"dotnet {arguments[0]} took over {BuildTimeout.TotalMinutes} minutes and was stopped.");
        }

        return (process.ExitCode, output.ToString());
    }

    /// <summary>Copies what the process prints, keeping at most the last 64 KiB: a build's errors come last.</summary>
    private static async Task Copy(StreamReader reader, StringBuilder output)
    {
        const int Kept = 65536;
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (output)
            {
                output.Append(buffer, 0, read);
                if (output.Length > Kept)
                {
                    output.Remove(0, output.Length - Kept);
                }
            }
        }
    }
}
