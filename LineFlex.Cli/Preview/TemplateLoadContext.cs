using System.Reflection;
using System.Runtime.Loader;

namespace LineFlex.Cli;

/// <summary>
/// Loads an app's assembly and its dependencies so its templates can be rendered, and unloads them after, so that a
/// rebuilt assembly is loaded afresh. LineFlex and what the tool itself carries are shared with the tool, so a template
/// is an <see cref="IFlexTemplate"/> the tool knows. Assemblies are read into memory, never mapped, so a build may
/// overwrite them while they are loaded.
/// </summary>
internal sealed class TemplateLoadContext : AssemblyLoadContext
{
    /// <summary>The largest assembly read; the build of an app that holds templates stays far below it.</summary>
    private const int MaxAssemblyBytes = 256 * 1024 * 1024;

    private readonly string _directory;
    private readonly AssemblyDependencyResolver? _resolver;

    public TemplateLoadContext(string assembly)
        : base("lineflex-templates", isCollectible: true)
    {
        _directory = Path.GetDirectoryName(Path.GetFullPath(assembly))!;
        try
        {
            _resolver = new AssemblyDependencyResolver(assembly);
        }
        catch (InvalidOperationException)
        {
            // No .deps.json to go by: dependencies are looked for beside the assembly.
            _resolver = null;
        }
    }

    /// <summary>Loads the assembly at <paramref name="path"/> from its bytes.</summary>
    public Assembly LoadBytes(string path)
    {
        using var image = new MemoryStream(BoundedFile.Read(path, MaxAssemblyBytes).ToArray());
        if (image.Length > MaxAssemblyBytes)
        {
            throw new CommandFailedException($"{path} is over {MaxAssemblyBytes} bytes, more than an app's assembly of templates; give the assembly that holds them.");
        }

        return LoadFromStream(image);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, assemblyName.Name + ".dll")))
        {
            return null;
        }

        var path = _resolver?.ResolveAssemblyToPath(assemblyName) ?? Path.Combine(_directory, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadBytes(path) : null;
    }
}
