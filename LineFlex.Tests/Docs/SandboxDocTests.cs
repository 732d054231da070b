using System.Globalization;
using LineFlex.Sandbox;

namespace LineFlex.Tests.Docs;

/// <summary>docs/sandbox.md states the sandbox's limits as the code sets them.</summary>
public class SandboxDocTests
{
    private static string Doc => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "sandbox.md"));

    [Test]
    public void The_limits_section_states_the_default_body_size_and_journal_capacity()
    {
        var limits = Doc[Doc.IndexOf("## Limits", StringComparison.Ordinal)..];

        Assert.Multiple(() =>
        {
            Assert.That(limits, Does.Contain($"1 MiB ({SandboxOptions.DefaultMaxRequestBodySize.ToString("N0", CultureInfo.InvariantCulture)} bytes)"));
            Assert.That(SandboxOptions.DefaultMaxRequestBodySize, Is.EqualTo(1024 * 1024));
            Assert.That(limits, Does.Contain($"the {SandboxOptions.DefaultJournalCapacity} most recent authenticated requests"));
            Assert.That(limits, Does.Contain($"{Excerpt.MaxLength} characters for a value, {Excerpt.MaxMessageLength} for a violation"));
        });
    }

    [Test]
    public void The_options_table_states_the_same_defaults()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Doc, Does.Contain("| `MaxRequestBodySize` | 1 MiB |"));
            Assert.That(Doc, Does.Contain($"| `JournalCapacity` | {SandboxOptions.DefaultJournalCapacity} |"));
        });
    }

    [Test]
    public void The_networks_table_lists_every_network_of_the_code()
    {
        var networks = Doc[Doc.IndexOf("## Networks", StringComparison.Ordinal)..];

        Assert.Multiple(() =>
        {
            foreach (var network in SandboxNetwork.ByCountry)
            {
                Assert.That(networks, Does.Contain($"| `{network.CallingCode}` |").And.Contain($"| `{network.MccMnc}` | {network.Name} |"), network.Name);
            }

            Assert.That(networks, Does.Contain($"| anything else | - | `{SandboxNetwork.Test.MccMnc}` | {SandboxNetwork.Test.Name} "));
        });
    }
}
