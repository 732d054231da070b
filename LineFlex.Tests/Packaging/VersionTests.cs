using System.Reflection;
using System.Text.RegularExpressions;

namespace LineFlex.Tests.Packaging;

/// <summary>
/// The version comes from git tags (MinVer) and is the same everywhere it is said: every assembly, the
/// <c>lineflex --version</c> output and the client's <c>User-Agent</c>. Nothing pins a number, so tagging a release
/// changes no test.
/// </summary>
public partial class VersionTests
{
    /// <summary>SemVer 2: 0.1.0, 0.2.0, 0.1.0-alpha.0.42.</summary>
    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();

    private static string VersionOf(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    [Test]
    public void Every_assembly_carries_the_version_from_git_and_none_is_the_sdk_default()
    {
        var versions = new[] { typeof(Flex), typeof(LineFlexClient), typeof(LineFlex.Sandbox.SandboxServer), typeof(LineFlex.Cli.CliApp) }
            .Select(t => VersionOf(t.Assembly))
            .Distinct()
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(versions, Has.Count.EqualTo(1), string.Join(", ", versions));
            Assert.That(versions[0], Does.Match(SemVer().ToString()));
            Assert.That(versions[0], Is.Not.EqualTo("1.0.0"), "the SDK's default: MinVer did not run");
            Assert.That(versions[0], Is.Not.StartWith("0.0.0"), "MinVerMinimumMajorMinor is 0.1");
        });
    }

    [Test]
    public void The_cli_prints_the_same_version()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = LineFlex.Cli.CliApp.Run(["--version"], output, error);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error.ToString());
            Assert.That(output.ToString().Trim(), Is.EqualTo(VersionOf(typeof(Flex).Assembly)));
        });
    }

    /// <summary>The client's User-Agent, as <c>ClientHttpTests</c> sees it on the wire.</summary>
    public static string ExpectedUserAgent => "LineFlex/" + VersionOf(typeof(LineFlexClient).Assembly);
}
