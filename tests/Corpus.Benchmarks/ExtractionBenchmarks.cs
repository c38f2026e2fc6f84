using System.Text;
using BenchmarkDotNet.Attributes;
using Corpus.Extraction;
using Corpus.Extraction.CorpusMerge;

namespace Corpus.Benchmarks;

/// <summary>
/// Engine throughput on one core against the physical limit: a baseline that only decodes the same
/// UTF-8 bytes and splits lines. Reported as MB/s and as the ratio of the two means.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks : IHasInputBytes
{
    private List<(string Name, byte[] Utf8)> _files = [];

    [Params("seeds", "synthetic")]
    public string Input { get; set; } = "seeds";

    public long InputBytes => Load(Input).Sum(f => (long)f.Utf8.Length);

    [GlobalSetup]
    public void Setup() => _files = Load(Input);

    private static List<(string Name, byte[] Utf8)> Load(string input)
    {
        if (input == "seeds")
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "Seeds");
            return Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
        }
        return SyntheticCorpus.NewsSized(200).Select(f => (f.Name, Encoding.UTF8.GetBytes(f.Text))).ToList();
    }

    [Benchmark(Baseline = true, Description = "decode UTF-8 + split lines")]
    public int DecodeAndSplitLines()
    {
        var lines = 0;
        foreach (var (_, utf8) in _files)
        {
            var text = Encoding.UTF8.GetString(utf8);
            foreach (var _ in text.AsSpan().EnumerateLines()) lines++;
        }
        return lines;
    }

    [Benchmark(Description = "extract articles")]
    public int Extract()
    {
        var quotes = 0;
        foreach (var (name, utf8) in _files) quotes += ArticleExtractor.Extract("corpus/" + name, Encoding.UTF8.GetString(utf8)).Quotes.Count;
        return quotes;
    }

    [Benchmark(Description = "extract + merge corpus")]
    public int ExtractAndMerge()
    {
        var models = _files.Select(f => ArticleExtractor.Extract("corpus/" + f.Name, Encoding.UTF8.GetString(f.Utf8))).ToList();
        return CorpusMerger.Merge(models).Participants.Count;
    }
}
