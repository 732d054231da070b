using PublicApiGenerator;
using Snapshooter.NUnit;

namespace LineFlex.Tests;

/// <summary>An unintended change to the public surface fails here; an intended one updates the snapshot (<see cref="Regeneration.Command"/>).</summary>
[Category(Regeneration.Category)]
public class PublicApiTests
{
    /// <summary>Run by <see cref="Regeneration.Command"/>, a test writes its snapshot afresh.</summary>
    [SetUp]
    public void Forget_the_snapshot_when_regenerating()
    {
        if (Regeneration.IsRequested)
        {
            File.Delete(Path.Combine(SourceDirectory(), "__snapshots__", $"{nameof(PublicApiTests)}.{TestContext.CurrentContext.Test.Name}.snap"));
        }
    }

    [Test]
    public void The_public_api_of_LineFlex_Dsl_is_unchanged() => Snapshot.Match(PublicApi(typeof(Flex).Assembly));

    [Test]
    public void The_public_api_of_LineFlex_Transport_is_unchanged() => Snapshot.Match(PublicApi(typeof(LineFlexClient).Assembly));

    [Test]
    public void The_public_api_of_LineFlex_Sandbox_is_unchanged() => Snapshot.Match(PublicApi(typeof(LineFlex.Sandbox.SandboxServer).Assembly));

    [Test]
    public void The_public_api_of_LineFlex_Preview_is_unchanged() => Snapshot.Match(PublicApi(typeof(FlexPreview).Assembly));

    [Test]
    public void The_public_api_of_LineFlex_CodeGeneration_is_unchanged() => Snapshot.Match(PublicApi(typeof(FlexCode).Assembly));

    [Test]
    public void The_public_api_of_LineFlex_Testing_is_unchanged() => Snapshot.Match(PublicApi(typeof(LineFlex.Testing.FlexSnapshot).Assembly));

    [Test]
    public void The_public_api_of_LineFlex_MassTransit_is_unchanged() => Snapshot.Match(PublicApi(typeof(NotificationLedger).Assembly));

    private static string PublicApi(System.Reflection.Assembly assembly)
    {
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        });

        return api.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
