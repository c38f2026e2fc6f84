namespace Corpus.Benchmarks;

/// <summary>Corpus sizes per mode: --quick keeps every benchmark small enough to finish in about a minute.</summary>
public static class Sizes
{
    public const string QuickVariable = "CORPUS_BENCH_QUICK";

    public static bool Quick => Environment.GetEnvironmentVariable(QuickVariable) == "1";

    public static IEnumerable<int> Articles => Quick ? [10, 100] : [10, 100, 1000, 10000];
}
