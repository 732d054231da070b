namespace LineFlex.Tests.Packaging;

/// <summary>
/// The lineflex tool is packed once per platform (LineFlex.Cli.linux-x64, ..., each with Playwright's driver for that
/// platform; .ci/package-smoke opens the packages and checks them). A build for no platform, as the tests' build is,
/// still carries one driver, the building machine's, not the five the tool is packed for.
/// </summary>
public class ToolPlatformTests
{
    [Test]
    public void A_build_for_no_platform_carries_only_the_playwright_driver_of_the_machine_building_it()
    {
        var drivers = Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, ".playwright", "node"))
            .Select(Path.GetFileName)
            .ToList();

        Assert.That(drivers, Has.Count.EqualTo(1), string.Join(", ", drivers));
    }
}
