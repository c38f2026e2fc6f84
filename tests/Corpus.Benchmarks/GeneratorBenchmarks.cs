using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// The generator in a driver, as the compiler and the IDE run it: a full run over N articles, a run
/// after a C# edit (against a driver with no generator), a run after editing one article (a paragraph added)
/// and a run after editing a quote of one article (which re-runs the variant search and that article's corpus links;
/// the participant table stays cached).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks : IHasInputBytes
{
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _warmEmpty = null!;
    private GeneratorDriver _warmFloor = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _quoteEdited = null!;
    private bool _flip;

    public IEnumerable<int> ArticleCounts => Sizes.Articles;

    [ParamsSource(nameof(ArticleCounts))]
    public int Articles { get; set; } = 10;

    public long InputBytes => SyntheticCorpus.NewsSized(Articles).Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Text));

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchDriver.Texts(Articles);
        (_compilation, _editedCompilation) = BenchDriver.Compilations();
        _warm = Driver([new CorpusGenerator().AsSourceGenerator()]).RunGenerators(_compilation);
        _warmEmpty = Driver([]).RunGenerators(_compilation);
        _warmFloor = Driver([new FloorGenerator().AsSourceGenerator()]).RunGenerators(_compilation);
        _original = _texts[_texts.Length / 2];
        _edited = BenchDriver.WithText(_original, _original.GetText()!.ToString() + "\nA paragraph added by the edit.\n");
        var text = _original.GetText()!.ToString();
        _quoteEdited = BenchDriver.WithText(_original, text.Insert(text.IndexOf('\u201C') + 1, "Frankly, "));
    }

    private GeneratorDriver Driver(ISourceGenerator[] generators)
        => BenchDriver.Create(generators, _texts);

    // The engine's extraction cache is keyed on the SourceText, so this run extracts nothing: it is the
    // driver, the merge and the emitters. "full run, cold" below gives new strings each time (what a build sees;
    // the cache is keyed on the string instance, which SourceText.ToString returns unchanged).
    [Benchmark(Description = "full run")]
    public GeneratorDriver FullRun() => Driver([new CorpusGenerator().AsSourceGenerator()]).RunGenerators(_compilation);

    [Benchmark(Description = "full run, cold (new texts: extraction included)")]
    public GeneratorDriver FullRunCold()
        => BenchDriver.Create([new CorpusGenerator().AsSourceGenerator()], _texts.Select(t => BenchDriver.WithText(t, new string(t.GetText()!.ToString().AsSpan()))).ToImmutableArray())
            .RunGenerators(_compilation);

    [Benchmark(Description = "C# edit, no generator (baseline)")]
    public GeneratorDriver CSharpEditWithoutGenerator() => _warmEmpty = _warmEmpty.RunGenerators((_flip = !_flip) ? _editedCompilation : _compilation);

    /// <summary>The least any generator over the additional files pays on a C# edit: the driver's own per-file work.</summary>
    [Benchmark(Description = "C# edit, floor generator (reads AdditionalTextsProvider only)")]
    public GeneratorDriver CSharpEditFloor() => _warmFloor = _warmFloor.RunGenerators((_flip = !_flip) ? _editedCompilation : _compilation);

    [Benchmark(Description = "C# edit")]
    public GeneratorDriver CSharpEdit() => _warm = _warm.RunGenerators((_flip = !_flip) ? _editedCompilation : _compilation);

    [Benchmark(Description = "one article edited")]
    public GeneratorDriver OneArticleEdit()
    {
        _flip = !_flip;
        _warm = _flip ? _warm.ReplaceAdditionalText(_original, _edited) : _warm.ReplaceAdditionalText(_edited, _original);
        return _warm = _warm.RunGenerators(_compilation);
    }

    /// <summary>An edit inside a quote: what the merge reads of the article changes, so the variant search, its links and its corpus part run again.</summary>
    [Benchmark(Description = "one quote edited")]
    public GeneratorDriver OneQuoteEdit()
    {
        _flip = !_flip;
        _warm = _flip ? _warm.ReplaceAdditionalText(_original, _quoteEdited) : _warm.ReplaceAdditionalText(_quoteEdited, _original);
        return _warm = _warm.RunGenerators(_compilation);
    }

    /// <summary>One Select per additional file, one collected output: a floor for what a generator over N files costs.</summary>
    private sealed class FloorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var paths = context.AdditionalTextsProvider.Select(static (t, _) => t.Path);
            context.RegisterSourceOutput(paths.Collect(), static (spc, all) => spc.AddSource("Floor.g.cs", "// " + all.Length));
        }
    }
}
