using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using LineFlex.Benchmarks;

// "--short" runs every benchmark with five iterations after ten warm-ups (with two, the measured iterations of
// some workloads were still getting faster; see docs/performance.md, "Measuring settled code, and per row");
// "bulk-memory N" measures the peak working set of one bulk send of N messages in this process,
// "bulk-memory N --stream" the same with the streaming form.
if (args is ["bulk-memory", var count, ..] && args.Length <= 3)
{
    return await BulkMemory.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), streaming: args is [_, _, "--stream"]);
}

var shortRun = args.Contains("--short");
var config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (shortRun)
{
    config = config.AddJob(Job.ShortRun.WithWarmupCount(10).WithIterationCount(5).WithLaunchCount(1));
}

BenchmarkSwitcher.FromAssembly(typeof(Workloads).Assembly).Run(args.Where(a => a != "--short").ToArray(), config);
return 0;
