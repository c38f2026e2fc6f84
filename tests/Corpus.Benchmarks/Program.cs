using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Corpus.Benchmarks;

// dotnet run -c Release --project tests/Corpus.Benchmarks -- --quick            (under a minute)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --filter '*'       (full)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --incremental 1000 50  (Stopwatch: incremental runs)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --scale 10000    (build and first run of a consumer)
var dumpAt = Array.IndexOf(args, "--dump");
if (dumpAt >= 0) return IncrementalRun.Dump(args[dumpAt + 1], int.Parse(args[dumpAt + 2], System.Globalization.CultureInfo.InvariantCulture));
var incrementalAt = Array.IndexOf(args, "--incremental");
if (incrementalAt >= 0)
{
    var counts = incrementalAt + 1 < args.Length ? int.Parse(args[incrementalAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var reps = incrementalAt + 2 < args.Length ? int.Parse(args[incrementalAt + 2], System.Globalization.CultureInfo.InvariantCulture) : 50;
    return IncrementalRun.Run(counts, reps);
}
var scaleAt = Array.IndexOf(args, "--scale");
if (scaleAt >= 0) return ScaleRun.Run(scaleAt + 1 < args.Length ? int.Parse(args[scaleAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 10000);
var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn()).WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (quick)
{
    Environment.SetEnvironmentVariable(Sizes.QuickVariable, "1");
    config = config.AddJob(Job.Dry.WithWarmupCount(1).WithIterationCount(3).WithId("Quick"));
    if (rest.Length == 0) rest = ["--filter", "*"];
}
BenchmarkSwitcher.FromAssembly(typeof(Sizes).Assembly).Run(rest, config);
return 0;
