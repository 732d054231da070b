// LineFlex build: `dotnet tool restore && dotnet cake` builds and tests everything.
var target = Argument("target", "Test");
// Bench runs the short mode (a few minutes on 2 cores) unless --full is given; --filter picks benchmarks.
var fullBench = HasArgument("full");
var benchFilter = Argument("filter", "*");
var configuration = Argument("configuration", "Release");
// Pack with --sourcelink from a clone of the public repository: the packages then name its URL and commit.
var sourceLink = HasArgument("sourcelink");
var solution = "./LineFlex.sln";
var artifacts = Directory("./artifacts");

Task("Clean")
    .Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration });
});

Task("Restore")
    .Does(() =>
{
    DotNetRestore(solution);
});

Task("Build")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        Loggers = { "trx;LogFileName=results.trx" },
        ResultsDirectory = artifacts + Directory("test-results"),
    });
});

Task("Pack")
    .IsDependentOn("Test")
    .Does(() =>
{
    var settings = new DotNetPackSettings
    {
        Configuration = configuration,
        NoBuild = !sourceLink,
        NoRestore = true,
        OutputDirectory = artifacts + Directory("packages"),
    };
    if (sourceLink)
    {
        settings.MSBuildSettings = new DotNetMSBuildSettings().WithProperty("LineFlexSourceLink", "true").WithProperty("ContinuousIntegrationBuild", "true");
    }

    DotNetPack(solution, settings);
});

Task("Bench")
    .Does(() =>
{
    var arguments = new ProcessArgumentBuilder().Append("--filter").Append(benchFilter);
    if (!fullBench)
    {
        arguments.Append("--short");
    }

    DotNetRun("./LineFlex.Benchmarks/LineFlex.Benchmarks.csproj", arguments, new DotNetRunSettings { Configuration = "Release" });
    foreach (var messages in new[] { 2500, 10000, 40000 })
    {
        DotNetRun("./LineFlex.Benchmarks/LineFlex.Benchmarks.csproj", new ProcessArgumentBuilder().Append("bulk-memory").Append(messages.ToString()), new DotNetRunSettings { Configuration = "Release", NoBuild = true });
    }

    // The streaming form should stay flat: the same peak working set for ten times the messages.
    foreach (var messages in new[] { 40000, 400000 })
    {
        DotNetRun("./LineFlex.Benchmarks/LineFlex.Benchmarks.csproj", new ProcessArgumentBuilder().Append("bulk-memory").Append(messages.ToString()).Append("--stream"), new DotNetRunSettings { Configuration = "Release", NoBuild = true });
    }
});

RunTarget(target);
