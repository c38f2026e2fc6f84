using System.Collections.Immutable;
using System.Diagnostics;
using Corpus.Extraction;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// `--incremental N [reps]`: a Stopwatch harness for the incremental targets, quicker than BenchmarkDotNet
/// on a shared machine. Times, as the median of many repetitions (wall and CPU): a full driver run, a run after
/// one article edit, a run after a C# edit, the same C# edit with no generator, and with a minimal generator
/// that only reads the additional texts (the floor every generator pays); then the parts of the corpus merge.
/// </summary>
public static class IncrementalRun
{
    public static int Run(int count, int reps)
    {
        var files = SyntheticCorpus.NewsSized(count);
        var texts = BenchDriver.Texts(files);
        var (compilation, edited) = BenchDriver.Compilations();
        GeneratorDriver Driver(ISourceGenerator[] generators) => BenchDriver.Create(generators, texts);

        Console.WriteLine($"{count} articles, {reps} repetitions, median per run (wall / CPU); load {File.ReadAllText("/proc/loadavg").Trim()}");
        var fullReps = Math.Max(3, reps / 10);
        var csharpOnly = Environment.GetEnvironmentVariable("CORPUS_CSHARP_ONLY") == "1";
        if (!csharpOnly) Report("full run (extraction cache warm)", fullReps, () => Driver([new CorpusGenerator().AsSourceGenerator()]).RunGenerators(compilation));

        var original = texts[texts.Length / 2];
        var changed = BenchDriver.WithText(original, original.GetText()!.ToString() + "\nA paragraph added by the edit.\n");
        var warm = Driver([new CorpusGenerator().AsSourceGenerator()]).RunGenerators(compilation);
        var flip = false;
        if (!csharpOnly) Report("one article edited", fullReps, () =>
        {
            flip = !flip;
            warm = flip ? warm.ReplaceAdditionalText(original, changed) : warm.ReplaceAdditionalText(changed, original);
            warm = warm.RunGenerators(compilation);
        });

        // Back to the original text whatever the number of repetitions (an odd count left the edit in place).
        if (flip)
        {
            warm = warm.ReplaceAdditionalText(changed, original).RunGenerators(compilation);
            flip = false;
        }

        // An edit inside a quote: the article's merge input changes, so the variant search, that article's links and the
        // corpus parts run again (the participant table stays cached).
        var text = original.GetText()!.ToString();
        var quoteAt = text.IndexOf('\u201C');
        var quoteEdited = BenchDriver.WithText(original, text.Insert(quoteAt + 1, "Frankly, "));
        if (!csharpOnly) Report("one quote edited (variants and links re-run)", fullReps, () =>
        {
            flip = !flip;
            warm = flip ? warm.ReplaceAdditionalText(original, quoteEdited) : warm.ReplaceAdditionalText(quoteEdited, original);
            warm = warm.RunGenerators(compilation);
        });

        var csharpReps = reps * 10;
        var empty = Driver([]).RunGenerators(compilation);
        Report("C# edit, no generator", csharpReps, () => empty = empty.RunGenerators((flip = !flip) ? edited : compilation));
        var floor = Driver([new FloorGenerator().AsSourceGenerator()]).RunGenerators(compilation);
        Report("C# edit, floor generator (AdditionalTextsProvider.Select)", csharpReps, () => floor = floor.RunGenerators((flip = !flip) ? edited : compilation));
        var floorOptions = Driver([new FloorWithOptionsGenerator().AsSourceGenerator()]).RunGenerators(compilation);
        Report("C# edit, floor + Combine(options)", csharpReps, () => floorOptions = floorOptions.RunGenerators((flip = !flip) ? edited : compilation));
        var chain = Driver([new ChainGenerator().AsSourceGenerator()]).RunGenerators(compilation);
        Report("C# edit, our node shape (with Target) trivial steps", csharpReps, () => chain = chain.RunGenerators((flip = !flip) ? edited : compilation));
        Report("C# edit, Corpus generator", csharpReps, () => warm = warm.RunGenerators((flip = !flip) ? edited : compilation));

        if (csharpOnly) return 0;
        var models = files.Select(f => ArticleExtractor.Extract("corpus/" + f.Name, f.Text, ArticleOverrides.None)).ToList();
        Report("merge: CorpusMerger.Merge", fullReps, () => CorpusMerger.Merge(models));
        Report("merge: ParticipantMerger", fullReps, () => ParticipantMerger.Merge(models));
        Report("merge: QuoteVariantFinder", fullReps, () => QuoteVariantFinder.Find(models));
        Report("merge: DuplicateArticleFinder", fullReps, () => DuplicateArticleFinder.Find(models, new List<CorpusFinding>()));
        var results = files.Select(f => Corpus.Generator.Pipeline.ArticleStep.Extract(new Corpus.Generator.Pipeline.ArticleInput("/project/corpus/" + f.Name, "corpus/" + f.Name, f.Text, ArticleOverrides.None, long.MaxValue), default)).ToImmutableArray();
        var settings = new Corpus.Generator.Pipeline.GeneratorSettings("Bench", "Corpus", "internal", "/project/", long.MaxValue, EquatableArray<Corpus.Generator.Diagnostics.DiagnosticInfo>.Empty);
        Corpus.Generator.Pipeline.CorpusSpec spec = null!;
        Report("corpus step: CorpusStep.Build", fullReps, () => spec = Corpus.Generator.Pipeline.CorpusStep.Build(results, settings, default));
        string source = null!;
        Report("corpus step: CorpusEmitter.EmitAll (every part)", fullReps, () => source = string.Concat(Corpus.Generator.Emit.CorpusEmitter.EmitAll(spec).Select(f => f.Text)));
        Report($"corpus step: parse the corpus sources, all parts as one text ({source.Length / 1024} KB)", fullReps, () => CSharpSyntaxTree.ParseText(SourceText.From(source, System.Text.Encoding.UTF8), BenchDriver.Parse).GetRoot());
        Report("corpus step: CorpusSpec equality (equal copy)", fullReps, () => spec.Equals(Corpus.Generator.Pipeline.CorpusStep.Build(results, settings, default)));
        Report("one article: ArticleStep.Extract", reps, () => Corpus.Generator.Pipeline.ArticleStep.Extract(new Corpus.Generator.Pipeline.ArticleInput("/x/a.txt", "a.txt", files[count / 2].Text, ArticleOverrides.None, long.MaxValue), default));
        return 0;
    }

    /// <summary>
    /// `--steps N [reps]`: where a quote edit's time goes, by the driver's own step timings (step tracking on): per named
    /// step, the median over the repetitions of its elapsed time in one run, next to the whole run's wall time.
    /// </summary>
    public static int Steps(int count, int reps)
    {
        var files = SyntheticCorpus.NewsSized(count);
        var texts = BenchDriver.Texts(files);
        var (compilation, _) = BenchDriver.Compilations();
        GeneratorDriver warm = CSharpGeneratorDriver.Create([new CorpusGenerator().AsSourceGenerator()], texts, BenchDriver.Parse, BenchDriver.Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)).RunGenerators(compilation);
        var original = texts[texts.Length / 2];
        var text = original.GetText()!.ToString();
        var edits = new (string Name, AdditionalText Edited)[]
        {
            ("quote edit", BenchDriver.WithText(original, text.Insert(text.IndexOf('\u201C') + 1, "Frankly, "))),
            ("paragraph edit", BenchDriver.WithText(original, text + "\nA paragraph added by the edit.\n")),
        };
        Console.WriteLine($"{count} articles, {reps} repetitions; load {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var (name, edited) in edits)
        {
            var byStep = new Dictionary<string, List<double>>();
            var total = new List<double>();
            var generator = new List<double>();
            for (var i = 0; i < 2 * reps + 2; i++)
            {
                var flip = i % 2 == 0;
                warm = flip ? warm.ReplaceAdditionalText(original, edited) : warm.ReplaceAdditionalText(edited, original);
                var w = Stopwatch.StartNew();
                warm = warm.RunGenerators(compilation);
                w.Stop();
                if (!flip || i < 2) continue;
                total.Add(w.Elapsed.TotalMilliseconds);
                var result = warm.GetRunResult().Results.Single();
                generator.Add(warm.GetTimingInfo().ElapsedTime.TotalMilliseconds);
                foreach (var (step, runs) in result.TrackedSteps.Concat(result.TrackedOutputSteps))
                {
                    if (!byStep.TryGetValue(step, out var list)) byStep[step] = list = new List<double>();
                    list.Add(runs.Sum(r => r.ElapsedTime.TotalMilliseconds));
                }
            }
            static double Median(List<double> values) { values.Sort(); return values[values.Count / 2]; }
            Console.WriteLine($"  {name}: run {Format(Median(total))} wall, generator {Format(Median(generator))}");
            foreach (var (step, list) in byStep.OrderByDescending(p => Median(p.Value)))
            {
                Console.WriteLine($"    {step,-28} {Format(Median(list)),10}");
            }
        }
        return 0;
    }

    /// <summary>
    /// `--merge N [reps]`: the generator's corpus phases alone, on merge inputs with their keys (as after an edit): the
    /// participant table, the variant search, linking every article, the parts; and the whole engine merge for comparison.
    /// </summary>
    public static int Merge(int count, int reps)
    {
        var files = SyntheticCorpus.NewsSized(count);
        var results = files.Select(f => Corpus.Generator.Pipeline.ArticleStep.Extract(new Corpus.Generator.Pipeline.ArticleInput("/project/corpus/" + f.Name, "corpus/" + f.Name, f.Text, ArticleOverrides.None, long.MaxValue), default)).ToImmutableArray();
        var mergeInputs = results.Select(Corpus.Generator.Pipeline.CorpusStep.MergeInput).ToList();
        var inputs = mergeInputs.Select(r => new Corpus.Generator.Pipeline.Shared<Corpus.Generator.Pipeline.ArticleResult>(r)).ToImmutableArray();
        var participantInputs = mergeInputs.Select(r => new Corpus.Generator.Pipeline.Shared<Corpus.Generator.Pipeline.ArticleResult>(Corpus.Generator.Pipeline.CorpusLinkSteps.ParticipantInput(r))).ToImmutableArray();
        var settings = new Corpus.Generator.Pipeline.GeneratorSettings("Bench", "Corpus", "internal", "/project/", long.MaxValue, EquatableArray<Corpus.Generator.Diagnostics.DiagnosticInfo>.Empty);
        Console.WriteLine($"{count} articles, {inputs.Sum(i => i.Value.Model.Quotes.Count)} quotes, {reps} repetitions, median per run (wall / CPU); load {File.ReadAllText("/proc/loadavg").Trim()}");
        var models = mergeInputs.Select(i => i.Model).ToList();
        var keys = mergeInputs.Select(i => i.MergeKeys!).ToList();
        Report("engine: CorpusMerger.Merge(models, keys), every phase", reps, () => CorpusMerger.Merge(models, keys));
        Corpus.Generator.Pipeline.ParticipantsResult table = null!;
        Report("step ParticipantTable (not run on a quote edit)", reps, () => table = Corpus.Generator.Pipeline.CorpusLinkSteps.Participants(participantInputs, default));
        Corpus.Generator.Pipeline.VariantTable variants = null!;
        Report("step QuoteVariants", reps, () => variants = Corpus.Generator.Pipeline.CorpusLinkSteps.Variants(inputs, table, default));
        var links = ImmutableArray<Corpus.Generator.Pipeline.Shared<Corpus.Generator.Pipeline.ArticleLink>>.Empty;
        Report("step ArticleLinks, every article (one on a quote edit)", reps, () => links = mergeInputs.Select(i => new Corpus.Generator.Pipeline.Shared<Corpus.Generator.Pipeline.ArticleLink>(Corpus.Generator.Pipeline.CorpusLinkSteps.Link(i, table, variants))).ToImmutableArray());
        Corpus.Generator.Pipeline.CorpusLinks corpus = null!;
        Report("step Corpus (links in order)", reps, () => corpus = Corpus.Generator.Pipeline.CorpusLinkSteps.Corpus(links, table, settings));
        Report("steps CorpusTop + CorpusArticleParts", reps, () => { Corpus.Generator.Pipeline.CorpusLinkSteps.Top(corpus); Corpus.Generator.Pipeline.CorpusLinkSteps.ArticleParts(corpus); });
        Report("step CorpusParticipantParts", reps, () => Corpus.Generator.Pipeline.CorpusLinkSteps.ParticipantParts(corpus));
        return 0;
    }

    /// <summary>`--dump-generated DIR N`: writes every generated source and diagnostic of a full run over N synthetic articles (to compare outputs).</summary>
    public static int Dump(string dir, int count)
    {
        var (compilation, _) = BenchDriver.Compilations();
        var files = SyntheticCorpus.NewsSized(count);
        var driver = BenchDriver.Create([new CorpusGenerator().AsSourceGenerator()], BenchDriver.Texts(files)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        Directory.CreateDirectory(dir);
        foreach (var source in result.GeneratedSources) File.WriteAllText(Path.Combine(dir, source.HintName), source.SourceText.ToString());
        File.WriteAllLines(Path.Combine(dir, "diagnostics.txt"), result.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        var results = files.Select(f => Corpus.Generator.Pipeline.ArticleStep.Extract(new Corpus.Generator.Pipeline.ArticleInput("/project/corpus/" + f.Name, "corpus/" + f.Name, f.Text, ArticleOverrides.None, long.MaxValue), default)).ToImmutableArray();
        var settings = new Corpus.Generator.Pipeline.GeneratorSettings("Bench", "Corpus", "internal", "/project/", long.MaxValue, EquatableArray<Corpus.Generator.Diagnostics.DiagnosticInfo>.Empty);
        var corpusFindings = Corpus.Generator.Pipeline.CorpusStep.Build(results, settings, default).Diagnostics;
        File.WriteAllLines(Path.Combine(dir, "corpus-findings.txt"), corpusFindings.Select(d => d.Id + " " + d.Location + " " + string.Join(" | ", d.Arguments)));
        Console.WriteLine($"{result.GeneratedSources.Length} sources, {result.Diagnostics.Length} diagnostics, {corpusFindings.Count} corpus findings in {dir}");
        return 0;
    }

    private static void Report(string name, int reps, Action action)
    {
        action();
        var wall = new List<double>(reps);
        var cpu = new List<double>(reps);
        var process = Process.GetCurrentProcess();
        var gc0 = GC.CollectionCount(0);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < reps; i++)
        {
            process.Refresh();
            var c0 = process.TotalProcessorTime;
            var w = Stopwatch.StartNew();
            action();
            w.Stop();
            process.Refresh();
            wall.Add(w.Elapsed.TotalMilliseconds);
            cpu.Add((process.TotalProcessorTime - c0).TotalMilliseconds);
        }
        wall.Sort();
        cpu.Sort();
        var gcs = GC.CollectionCount(0) - gc0;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / reps;
        Console.WriteLine($"  {name,-58} {Format(wall[reps / 2]),10} / {Format(cpu[reps / 2]),10}   (min wall {Format(wall[0])}; {bytes / 1024} KB allocated per run, {gcs} gen0 GCs in {reps} runs)");
    }

    private static string Format(double ms) => ms >= 1 ? ms.ToString("F2") + " ms" : (ms * 1000).ToString("F1") + " us";

    /// <summary>The least a generator over additional files does: one Select per file, one output.</summary>
    private sealed class FloorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var paths = context.AdditionalTextsProvider.Select(static (t, _) => t.Path);
            context.RegisterSourceOutput(paths.Collect(), static (spc, all) => spc.AddSource("Floor.g.cs", "// " + all.Length));
        }
    }

    /// <summary>The floor plus the per-file options lookup our generator needs (item metadata).</summary>
    private sealed class FloorWithOptionsGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var paths = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider).Select(static (t, _) => t.Left.Path);
            context.RegisterSourceOutput(paths.Collect(), static (spc, all) => spc.AddSource("Floor.g.cs", "// " + all.Length));
        }
    }

    /// <summary>
    /// The Corpus generator's node shape with trivial work: the compilation-dependent Target/Settings pair, per-file
    /// Combine, Select, Where, Select, Select, two Collects, 64 bucket outputs. Shows what the shape itself costs a C# edit.
    /// </summary>
    private sealed class ChainGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var items = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (t, _) => t.Left.Path).Where(static p => p.Length > 0).Select(static (p, _) => p.GetHashCode() & 0xFFFF);
            var target = context.CompilationProvider.Select(static (c, _) => c.GetTypeByMetadataName("System.DateOnly") is not null);
            var settings = context.AnalyzerConfigOptionsProvider.Combine(context.ParseOptionsProvider).Combine(target).Select(static (p, _) => p.Right);
            var buckets = items.Collect().SelectMany(static (all, _) => all.Select(x => x % 64).Distinct()).Combine(settings);
            var merged = items.Select(static (x, _) => x + 1).Collect().Combine(settings);
            context.RegisterSourceOutput(buckets, static (spc, b) => spc.AddSource("B" + b.Left + ".g.cs", "// " + b));
            context.RegisterSourceOutput(merged, static (spc, all) => spc.AddSource("Floor.g.cs", "// " + all.Left.Length));
        }
    }
}
