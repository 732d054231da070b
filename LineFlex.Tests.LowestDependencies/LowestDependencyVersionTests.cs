using System.Reflection;

namespace LineFlex.Tests.LowestDependencies;

/// <summary>This project really runs on the floors: each dependency loaded is the lowest version the packages declare.</summary>
public class LowestDependencyVersionTests
{
    [TestCase("Newtonsoft.Json", "13.0.3")] // what the test host needs; the floor, 13.0.1, runs in CI's package smoke test
    [TestCase("FluentValidation", "11.8.1")]
    [TestCase("Microsoft.Extensions.Http", "8.0.0")]
    [TestCase("Microsoft.Extensions.Options", "8.0.0")]
    [TestCase("Microsoft.Extensions.Options.ConfigurationExtensions", "8.0.0")]
    [TestCase("Microsoft.Extensions.DependencyInjection.Abstractions", "8.0.0")]
    [TestCase("Microsoft.Extensions.Logging.Abstractions", "8.0.0")]
    [TestCase("Microsoft.Extensions.Configuration.Binder", "8.0.0")]
    public void The_dependency_loaded_is_its_floor(string assembly, string version)
    {
        var loaded = Assembly.Load(assembly);
        var informational = loaded.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.That(informational, Does.StartWith(version));
    }
}
