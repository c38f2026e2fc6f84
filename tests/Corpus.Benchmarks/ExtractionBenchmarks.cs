using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Corpus.Extraction;
using Corpus.Extraction.CorpusMerge;

namespace Corpus.Benchmarks;

/// <summary>
/// Engine throughput on one core against the physical limit: a baseline that only decodes the same
/// UTF-8 bytes and splits lines. Reported as MB/s, as the ratio of the two means (Ratio column) and as
/// bytes allocated per input byte (B/byte). `--cpu` gives the same figures in warm CPU time.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks : IHasInputBytes
{
    private List<(string Name, byte[] Utf8)> _files = [];

    internal List<(string Name, byte[] Utf8)> Files => _files;

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

/// <summary>
/// `--cpu [seconds]`: the same comparison as <see cref="ExtractionBenchmarks"/> in warm CPU time of this
/// process (<see cref="System.Diagnostics.Process.TotalProcessorTime"/>, which a busy shared machine
/// disturbs less than wall time), with bytes allocated per input byte. Single-threaded throughout.
/// `--dump FILE`: writes every extracted model of a fixed input set as text, to compare two builds.
/// </summary>
public static class ExtractionCpuRun
{
    public static int Run(double seconds)
    {
        Console.WriteLine($"warm CPU time of the extracting thread, about {seconds:F0} s per measurement; .NET {Environment.Version}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine($"{"input",-10} {"MB",7} {"baseline MB/s",14} {"extract MB/s",13} {"ratio",8} {"B/byte",7}");
        // The tiered JIT keeps recompiling the engine (instrumented, then optimised) for several seconds:
        // warm up on both inputs first, so every measurement runs the final code.
        var all = Inputs("seeds").Concat(Inputs("synthetic")).ToList();
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 12) Extract(all);
        foreach (var input in new[] { "seeds", "synthetic" })
        {
            var files = Inputs(input);
            var bytes = files.Sum(f => (long)f.Utf8.Length);
            var baseline = Measure(files, Baseline, seconds);
            var extract = Measure(files, Extract, seconds);
            var allocated = AllocatedPerPass(files);
            var baseRate = bytes / 1e6 / baseline;
            var rate = bytes / 1e6 / extract;
            Console.WriteLine($"{input,-10} {bytes / 1e6,7:F3} {baseRate,14:F0} {rate,13:F1} {"1/" + (baseRate / rate).ToString("F0", CultureInfo.InvariantCulture),8} {allocated / (double)bytes,7:F1}");
        }
        return 0;
    }

    /// <summary>`--stages`: time per stage of <see cref="ArticleExtractor.Extract"/>, in microseconds per pass, and bytes allocated per input byte.</summary>
    public static int Stages(double seconds)
    {
        foreach (var input in new[] { "seeds", "synthetic" })
        {
            var texts = Inputs(input).Select(f => Encoding.UTF8.GetString(f.Utf8)).ToList();
            var stages = new double[6];
            var bytes = new long[6];
            var inputBytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t));
            var names = new[] { "sanitize+lines", "damage", "parse", "participants", "quotes", "repeats" };
            var passes = 0;
            var wall = System.Diagnostics.Stopwatch.StartNew();
            var watch = new System.Diagnostics.Stopwatch();
            while (wall.Elapsed.TotalSeconds < seconds)
            {
                var timed = wall.Elapsed.TotalSeconds > seconds / 4;
                if (timed) passes++;
                foreach (var text in texts)
                {
                    var findings = new List<Corpus.Extraction.Model.Finding>();
                    watch.Restart();
                    var b0 = GC.GetAllocatedBytesForCurrentThread();
                    var at = new Corpus.Extraction.Text.ArticleText(Corpus.Extraction.Text.TextSanitizer.ReplaceLoneSurrogates(text));
                    var t0 = watch.Elapsed.TotalMilliseconds;
                    var b1 = GC.GetAllocatedBytesForCurrentThread();
                    Corpus.Extraction.Findings.TextDamageScanner.Scan(at, findings);
                    var t1 = watch.Elapsed.TotalMilliseconds;
                    var b2 = GC.GetAllocatedBytesForCurrentThread();
                    var doc = Corpus.Extraction.Parsing.DocumentParser.Parse(at);
                    var t2 = watch.Elapsed.TotalMilliseconds;
                    var b3 = GC.GetAllocatedBytesForCurrentThread();
                    var parts = Corpus.Extraction.Participants.ParticipantFinder.Find(at, doc.Paragraphs);
                    var t3 = watch.Elapsed.TotalMilliseconds;
                    var b4 = GC.GetAllocatedBytesForCurrentThread();
                    Corpus.Extraction.Quotes.QuoteExtractor.Extract(at, doc.Paragraphs, parts);
                    var t4 = watch.Elapsed.TotalMilliseconds;
                    var b5 = GC.GetAllocatedBytesForCurrentThread();
                    Corpus.Extraction.Findings.RepeatedParagraphDetector.Detect(doc.Paragraphs, findings);
                    var t5 = watch.Elapsed.TotalMilliseconds;
                    var b6 = GC.GetAllocatedBytesForCurrentThread();
                    if (!timed) continue;
                    stages[0] += t0; stages[1] += t1 - t0; stages[2] += t2 - t1; stages[3] += t3 - t2; stages[4] += t4 - t3; stages[5] += t5 - t4;
                    bytes[0] += b1 - b0; bytes[1] += b2 - b1; bytes[2] += b3 - b2; bytes[3] += b4 - b3; bytes[4] += b5 - b4; bytes[5] += b6 - b5;
                }
            }
            if (input == "seeds")
            {
                var tiny = "Title\n\nA body.";
                for (var i = 0; i < 20000; i++) ArticleExtractor.Extract("corpus/t.txt", tiny);
                var w = System.Diagnostics.Stopwatch.StartNew();
                for (var i = 0; i < 100000; i++) ArticleExtractor.Extract("corpus/t.txt", tiny);
                Console.WriteLine($"fixed cost per article: {w.Elapsed.TotalMilliseconds * 1000 / 100000:F2} us");
            }
            Console.WriteLine(input + ": " + string.Join(", ", names.Select((n, i) => $"{n} {stages[i] * 1000 / passes:F0} us")) + $" (total {stages.Sum() * 1000 / passes:F0} us per pass)");
            Console.WriteLine(input + " allocated, bytes per input byte: " + string.Join(", ", names.Select((n, i) => $"{n} {(double)bytes[i] / passes / inputBytes:F1}")) + $" (total {(double)bytes.Sum() / passes / inputBytes:F1})");
        }
        return 0;
    }

    /// <summary>`--alloc`: sampled allocations by type (GC allocation ticks, about one per 100 KB).</summary>
    public static int Allocations()
    {
        var files = Inputs("synthetic").Concat(Inputs("seeds")).ToList();
        Extract(files);
        using var listener = new AllocationListener();
        for (var i = 0; i < 20; i++) Extract(files);
        var total = listener.ByType.Values.Sum();
        foreach (var (type, bytes) in listener.ByType.OrderByDescending(kv => kv.Value).Take(30))
            Console.WriteLine($"{100.0 * bytes / total,5:F1}% {type}");
        return 0;
    }

    private sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
    {
        public readonly Dictionary<string, long> ByType = new();

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (e.EventName != "GCAllocationTick_V4" || e.Payload is null) return;
            var name = e.PayloadNames!.IndexOf("TypeName");
            var amount = e.PayloadNames.IndexOf("AllocationAmount64");
            var type = (string)e.Payload[name]!;
            lock (ByType) ByType[type] = ByType.GetValueOrDefault(type) + Convert.ToInt64(e.Payload[amount]);
        }
    }

    /// <summary>`--passes input n`: a fixed warm-up, then n passes (for counting instructions with perf stat).</summary>
    public static int Passes(string input, int n)
    {
        var files = Inputs(input);
        var quotes = 0;
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 2) quotes += Extract(files);
        for (var i = 0; i < n; i++) quotes += Extract(files);
        return quotes > 0 ? 0 : 1;
    }

    /// <summary>`--long`: one 3 MB single-paragraph article (the hostile-input test's), timed.</summary>
    public static int Long()
    {
        var sentence = "The committee met again on Thursday and said \u201Cwe will decide soon\u201D about it. ";
        var text = new StringBuilder().Insert(0, sentence, 3_000_000 / sentence.Length).ToString();
        for (var i = 0; i < 3; i++)
        {
            var cpu = ThreadCpuSeconds();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            ArticleExtractor.Extract("corpus/long.txt", text);
            Console.WriteLine($"3 MB in one paragraph: {watch.Elapsed.TotalSeconds:F2} s wall, {ThreadCpuSeconds() - cpu:F2} s CPU");
        }
        return 0;
    }

    /// <summary>`--profile seconds`: extraction only, seeds and synthetic in turn, for a sampling profiler.</summary>
    public static int Profile(double seconds)
    {
        var only = Environment.GetEnvironmentVariable("CORPUS_PROFILE_INPUT");
        var seeds = only == "synthetic" ? [] : Inputs("seeds");
        var synthetic = only == "seeds" ? [] : Inputs("synthetic");
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var quotes = 0;
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 20; i++) quotes += Extract(seeds);
            quotes += Extract(synthetic);
        }
        return quotes > 0 ? 0 : 1;
    }

    private static List<(string Name, byte[] Utf8)> Inputs(string input)
    {
        var bench = new ExtractionBenchmarks { Input = input };
        bench.Setup();
        return bench.Files;
    }

    private static int Baseline(List<(string Name, byte[] Utf8)> files)
    {
        var lines = 0;
        foreach (var (_, utf8) in files)
        {
            var text = Encoding.UTF8.GetString(utf8);
            foreach (var _ in text.AsSpan().EnumerateLines()) lines++;
        }
        return lines;
    }

    private static int Extract(List<(string Name, byte[] Utf8)> files)
    {
        var quotes = 0;
        foreach (var (name, utf8) in files) quotes += ArticleExtractor.Extract("corpus/" + name, Encoding.UTF8.GetString(utf8)).Quotes.Count;
        return quotes;
    }

    /// <summary>
    /// CPU seconds of this thread per pass over the files, after a warm-up: the best of half-second windows,
    /// as the least disturbed figure on a shared machine (other processes inflate CPU time through caches).
    /// </summary>
    private static double Measure(List<(string Name, byte[] Utf8)> files, Func<List<(string Name, byte[] Utf8)>, int> pass, double seconds)
    {
        // Warm up until the tiered JIT has settled (its compiling thread is not this one and is not counted).
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 1) pass(files);
        GC.Collect();
        var best = double.MaxValue;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            var cpuBefore = ThreadCpuSeconds();
            var window = System.Diagnostics.Stopwatch.StartNew();
            var passes = 0;
            while (window.Elapsed.TotalSeconds < 0.5 || passes < 2)
            {
                pass(files);
                passes++;
            }
            best = Math.Min(best, (ThreadCpuSeconds() - cpuBefore) / passes);
        }
        return best;
    }

    /// <summary>
    /// CPU time of the calling thread (user + system) where Linux tells it, else of the process. Gen0 collections
    /// run on the allocating thread, so they count; the JIT's background compiles do not.
    /// </summary>
    private static double ThreadCpuSeconds()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat))
        {
            var process = System.Diagnostics.Process.GetCurrentProcess();
            return process.TotalProcessorTime.TotalSeconds;
        }
        var text = File.ReadAllText(stat);
        var fields = text.Substring(text.LastIndexOf(')') + 2).Split(' ');
        // Fields 14 and 15 of stat (utime, stime), counted from the state field (3), in clock ticks of 1/100 s.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static long AllocatedPerPass(List<(string Name, byte[] Utf8)> files)
    {
        Extract(files);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Extract(files);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    public static int Dump(string file)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "Corpus.sln"))) root = root.Parent;
        var inputs = new List<(string Name, string Text)>();
        inputs.AddRange(Inputs("seeds").Select(f => (f.Name, Encoding.UTF8.GetString(f.Utf8))));
        inputs.AddRange(SyntheticCorpus.NewsSized(200));
        inputs.AddRange(SyntheticCorpus.Create(200, seed: 7));
        var data = Path.Combine(root!.FullName, "tests", "Corpus.Extraction.Tests", "Data");
        foreach (var path in Directory.GetFiles(data, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            inputs.Add((Path.GetFileName(path), text));
            // Each block of a quotes or participants set as an article of its own too.
            var blocks = text.Split(["\n### ", "\n\n"], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < blocks.Length; i++) inputs.Add((Path.GetFileName(path) + "#" + i, string.Join("\n\n", blocks[i].Split('\n').Select(l => l.TrimStart('>', ' ')))));
        }
        foreach (var line in File.ReadLines(Path.Combine(data, "gum-news", "gum_news_entities.jsonl")))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            inputs.Add((doc.RootElement.GetProperty("id").GetString()!, doc.RootElement.GetProperty("text").GetString()!));
        }
        using var writer = new StreamWriter(file);
        foreach (var (name, text) in inputs)
        {
            var m = ArticleExtractor.Extract("corpus/" + name, text);
            writer.WriteLine($"== {m.Path} | {m.FileName} | {m.Id} | {m.Title} | {m.Date} | {m.Source} | {m.Text.Length}");
            foreach (var p in m.Paragraphs) writer.WriteLine($"P {p.Span} {p.Text}");
            foreach (var p in m.Headings) writer.WriteLine($"H {p.Span} {p.Text}");
            foreach (var q in m.Quotes) writer.WriteLine($"Q {q.Text} | {string.Join(",", q.Segments)} | {q.IsFragment} | {q.SpeakerEntity} | {q.Attribution} | {q.SpeakerText}");
            foreach (var e in m.Entities) writer.WriteLine($"E {e.Name} | {e.Kind} | {string.Join(";", e.Aliases)} | {string.Join(";", e.Roles)} | {string.Join(",", e.Mentions)}");
            foreach (var f in m.Findings) writer.WriteLine($"F {f.Id} {f.Span} {string.Join(" | ", f.Arguments)}");
        }
        Console.WriteLine($"{inputs.Count} articles written to {file}");
        return 0;
    }
}
