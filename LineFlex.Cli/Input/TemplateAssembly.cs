using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace LineFlex.Cli;

/// <summary>
/// The templates of an app's assembly, or of a project built first: the assembly is loaded in a context of its own,
/// its dependencies from beside it, while LineFlex's own assemblies are shared with the tool, so its templates are
/// the tool's <see cref="IFlexTemplate"/>s.
/// </summary>
internal static class TemplateAssembly
{
    // dotnet build of an app project, bounded: a build that runs longer has hung.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The templates of <paramref name="path"/>: a .dll, or a .csproj built in Release first.</summary>
    /// <exception cref="CommandFailedException">There is no such file, it is neither, the build failed, or it holds no templates.</exception>
    public static async Task<FlexTemplateRegistry> LoadAsync(FileInfo path, CancellationToken cancellationToken)
    {
        if (!path.Exists)
        {
            throw new CommandFailedException($"{path.FullName} does not exist. Give the app's assembly (bin/Release/net10.0/App.dll) or its .csproj.", ExitCode.Usage);
        }

        var assemblyPath = path.Extension.ToLowerInvariant() switch
        {
            ".dll" => path.FullName,
            ".csproj" => await BuildAsync(path, cancellationToken).ConfigureAwait(false),
            _ => throw new CommandFailedException($"{path.FullName} is neither an assembly (.dll) nor a project (.csproj). Give one of them.", ExitCode.Usage),
        };

        FlexTemplateRegistry registry;
        try
        {
            var context = new AppContext(assemblyPath);
            registry = FlexTemplateRegistry.FromAssembly(context.LoadFromAssemblyPath(assemblyPath));
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or ReflectionTypeLoadException or TargetInvocationException or ArgumentException)
        {
            throw new CommandFailedException($"The templates of {assemblyPath} cannot be loaded: {(e as TargetInvocationException)?.InnerException?.Message ?? e.Message} Build it against this version of LineFlex.");
        }

        return registry.Templates.Count > 0
            ? registry
            : throw new CommandFailedException($"{assemblyPath} holds no templates: no public class deriving from FlexTemplate<TModel> with a public parameterless constructor.");
    }

    private static async Task<string> BuildAsync(FileInfo project, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // -getProperty alone only evaluates the project; with -t:Build it builds, then prints the property.
        foreach (var argument in (string[])["build", project.FullName, "-c", "Release", "--nologo", "-t:Build", "-getProperty:TargetPath"])
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(BuildTimeout);
        using var process = Process.Start(start) ?? throw new CommandFailedException("dotnet could not be started to build the project; is the .NET SDK installed?");
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var targetPath = (await output.ConfigureAwait(false)).Trim();
        return process.ExitCode == 0 && File.Exists(targetPath)
            ? targetPath
            : throw new CommandFailedException($"dotnet build {project.FullName} failed (exit {process.ExitCode}): {FlexLimits.Excerpt((await error.ConfigureAwait(false)).Trim() + " " + targetPath)} Fix the build, or give the built .dll.");
    }

    // Shares what the tool has loaded (LineFlex.Dsl, its packages, the framework); loads the rest from beside the app.
    private sealed class AppContext(string assemblyPath) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), assemblyName))
                || TryDefault(assemblyName))
            {
                return null;
            }

            return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
        }

        private static bool TryDefault(AssemblyName name)
        {
            try
            {
                Default.LoadFromAssemblyName(name);
                return true;
            }
            catch (FileNotFoundException)
            {
                return false;
            }
        }
    }
}
