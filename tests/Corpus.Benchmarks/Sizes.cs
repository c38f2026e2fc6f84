namespace Corpus.Benchmarks;

/// <summary>Corpus sizes per mode: --quick keeps every benchmark small enough to finish in about a minute.</summary>
public static class Sizes
{
    public const string QuickVariable = "CORPUS_BENCH_QUICK";

    public static bool Quick => Environment.GetEnvironmentVariable(QuickVariable) == "1";

    /// <summary>Set to a comma-separated list (e.g. "1000") to run only those sizes.</summary>
    public const string SizesVariable = "CORPUS_BENCH_SIZES";

    public static IEnumerable<int> Articles
        => Environment.GetEnvironmentVariable(SizesVariable) is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : Quick ? [10, 100] : [10, 100, 1000, 10000];
}
