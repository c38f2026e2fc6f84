using System.Diagnostics;
using Corpus.Generator;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// `--cold N`: one cold generator run over N synthetic articles in a fresh process (new strings, so no
/// extraction cache hit), with wall and CPU time, GC counts and bytes allocated: the shape of the
/// 10,000-article target, and a single run to point a sampling profiler at.
/// </summary>
public static class ColdRun
{
    public static int Run(int count)
    {
        var files = SyntheticCorpus.NewsSized(count);
        var texts = BenchDriver.Texts(files);
        var (compilation, _) = BenchDriver.Compilations();
        var megabytes = files.Sum(f => System.Text.Encoding.UTF8.GetByteCount(f.Text)) / 1e6;
        var driver = BenchDriver.Create([new CorpusGenerator().AsSourceGenerator()], texts);
        var gc0 = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var allocated = GC.GetTotalAllocatedBytes(true);
        var paused = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = driver.RunGenerators(compilation).GetRunResult();
        wall.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var gcs = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - gc0[g]).ToArray();
        Console.WriteLine($"{count} articles ({megabytes:F1} MB), one cold run: {wall.Elapsed.TotalSeconds:F2} s wall, {cpuUsed.TotalSeconds:F2} s CPU, "
            + $"{(GC.GetTotalAllocatedBytes(true) - allocated) / 1e6:F0} MB allocated, GC gen0/1/2 {gcs[0]}/{gcs[1]}/{gcs[2]} paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s, "
            + $"{result.GeneratedTrees.Length} sources, {result.Diagnostics.Length} diagnostics; server GC {System.Runtime.GCSettings.IsServerGC}");
        return 0;
    }
}
