using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Corpus.Benchmarks;

// dotnet run -c Release --project tests/Corpus.Benchmarks -- --quick            (under a minute)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --filter '*'       (full)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --scale 10000    (build and first run of a consumer)
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
