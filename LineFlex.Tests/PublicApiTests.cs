using PublicApiGenerator;
using Snapshooter.NUnit;

namespace LineFlex.Tests;

/// <summary>An unintended change to the public surface fails here; an intended one updates the snapshot.</summary>
public class PublicApiTests
{
    [Test]
    public void The_public_api_of_LineFlex_Dsl_is_unchanged()
    {
        var api = typeof(Flex).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        });

        Snapshot.Match(api.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
