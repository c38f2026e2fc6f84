using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Corpus.Benchmarks;

// dotnet run -c Release --project tests/Corpus.Benchmarks -- --quick            (under a minute)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --filter '*'       (full)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --incremental 1000 50  (Stopwatch: incremental runs)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --steps 1000 20     (a quote edit's time by pipeline step)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --merge 1000 20     (the corpus step alone, on merge inputs)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --scale 10000    (build and first run of a consumer)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --cold 10000      (one cold generator run: wall, CPU, GC)
// dotnet run -c Release --project tests/Corpus.Benchmarks -- --cpu 5         (engine in warm CPU time, MB/s and B/byte)
var coldAt = Array.IndexOf(args, "--cold");
if (coldAt >= 0) return ColdRun.Run(int.Parse(args[coldAt + 1], System.Globalization.CultureInfo.InvariantCulture));
var cpuAt = Array.IndexOf(args, "--cpu");
if (cpuAt >= 0) return ExtractionCpuRun.Run(cpuAt + 1 < args.Length ? double.Parse(args[cpuAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 5);
var profileAt = Array.IndexOf(args, "--profile");
if (profileAt >= 0) return ExtractionCpuRun.Profile(double.Parse(args[profileAt + 1], System.Globalization.CultureInfo.InvariantCulture));
if (args.Contains("--stages")) return ExtractionCpuRun.Stages(8);
if (args.Contains("--alloc")) return ExtractionCpuRun.Allocations();
var passesAt = Array.IndexOf(args, "--passes");
if (passesAt >= 0) return ExtractionCpuRun.Passes(args[passesAt + 1], int.Parse(args[passesAt + 2], System.Globalization.CultureInfo.InvariantCulture));
if (args.Contains("--long")) return ExtractionCpuRun.Long();
var dumpAt = Array.IndexOf(args, "--dump");
if (dumpAt >= 0) return ExtractionCpuRun.Dump(args[dumpAt + 1]);
var dumpGeneratedAt = Array.IndexOf(args, "--dump-generated");
if (dumpGeneratedAt >= 0) return IncrementalRun.Dump(args[dumpGeneratedAt + 1], int.Parse(args[dumpGeneratedAt + 2], System.Globalization.CultureInfo.InvariantCulture));
var stepsAt = Array.IndexOf(args, "--steps");
if (stepsAt >= 0) return IncrementalRun.Steps(int.Parse(args[stepsAt + 1], System.Globalization.CultureInfo.InvariantCulture), stepsAt + 2 < args.Length ? int.Parse(args[stepsAt + 2], System.Globalization.CultureInfo.InvariantCulture) : 20);
var mergeAt = Array.IndexOf(args, "--merge");
if (mergeAt >= 0) return IncrementalRun.Merge(int.Parse(args[mergeAt + 1], System.Globalization.CultureInfo.InvariantCulture), mergeAt + 2 < args.Length ? int.Parse(args[mergeAt + 2], System.Globalization.CultureInfo.InvariantCulture) : 20);
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
var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn(), new AllocatedPerByteColumn()).WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (quick)
{
    Environment.SetEnvironmentVariable(Sizes.QuickVariable, "1");
    config = config.AddJob(Job.Dry.WithWarmupCount(1).WithIterationCount(3).WithId("Quick"));
    if (rest.Length == 0) rest = ["--filter", "*"];
}
BenchmarkSwitcher.FromAssembly(typeof(Sizes).Assembly).Run(rest, config);
return 0;
