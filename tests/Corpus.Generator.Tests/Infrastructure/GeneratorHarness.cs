using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>One article file for a test run: path, text and optional item metadata (CorpusTitle …).</summary>
public sealed record TestArticle(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null);

/// <summary>What a generator run produced.</summary>
public sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<AdditionalText> AdditionalTexts,
    TestOptionsProvider Options)
{
    /// <summary>What <see cref="CorpusAnalyzer"/> reports on the same files (run on demand).</summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics => _analyzer ??= GeneratorHarness.Analyze(OutputCompilation, AdditionalTexts, Options);

    private ImmutableArray<Diagnostic>? _analyzer;

    /// <summary>Everything a build would show from Corpus: generator plus analyzer.</summary>
    public IEnumerable<Diagnostic> AllDiagnostics => GeneratorDiagnostics.Concat(AnalyzerDiagnostics);

    public IEnumerable<Diagnostic> CompileErrors
        => OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// The corpus class as the generator emits it in parts: the top-level file (hint name "Corpus.g.cs" for the default
    /// class name) and its article-list and participant parts, in hint-name order, each after a line naming it.
    /// </summary>
    public string CorpusClass(string className = "Corpus")
        => string.Concat(Result.Results.Single().GeneratedSources
            .Where(s => s.HintName == className + ".g.cs" || s.HintName.StartsWith(className + ".ArticleList.", StringComparison.Ordinal) || s.HintName.StartsWith(className + ".Participants.", StringComparison.Ordinal))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => "// ==== " + s.HintName + " ====\n" + s.SourceText));

    /// <summary>The generated source whose hint name is, or ends with, or starts with after the class name, the given text.</summary>
    public string Source(string hintName)
        => Result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName || s.HintName.EndsWith("." + hintName, StringComparison.Ordinal) || s.HintName.Contains("." + hintName, StringComparison.Ordinal)).SourceText.ToString();
}

/// <summary>Runs <see cref="CorpusGenerator"/> in memory over articles and C# sources, and compiles the result.</summary>
public static class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, string assemblyName = "TestProject", IEnumerable<MetadataReference>? extraReferences = null)
        => CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Framework.Concat(extraReferences ?? []),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static TestOptionsProvider Options(IEnumerable<TestArticle> articles, IReadOnlyDictionary<string, string>? properties = null)
    {
        var global = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "TestProject",
            ["build_property.ProjectDir"] = ProjectDir,
        };
        foreach (var pair in properties ?? new Dictionary<string, string>()) global["build_property." + pair.Key] = pair.Value;
        var perFile = articles.ToDictionary(
            a => a.Path,
            a => (IReadOnlyDictionary<string, string>)(a.Metadata ?? new Dictionary<string, string>())
                .ToDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value));
        return new TestOptionsProvider(global, perFile);
    }

    public static GeneratorDriver CreateDriver(IEnumerable<TestArticle> articles, IReadOnlyDictionary<string, string>? properties = null)
    {
        var list = articles.ToList();
        return CreateDriver(list.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToList(), Options(list, properties));
    }

    /// <summary>Runs <see cref="CorpusAnalyzer"/> as the compiler would, with the additional files in the analyzer options.</summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableArray<AdditionalText> texts, TestOptionsProvider options)
    {
        var analyzerOptions = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(texts, options);
        var withAnalyzers = compilation.WithAnalyzers([new CorpusAnalyzer()], analyzerOptions);
        return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>A driver over texts the caller holds, so a test can later replace one of them.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<AdditionalText> texts, TestOptionsProvider options, bool trackSteps = true)
        => CSharpGeneratorDriver.Create(
            generators: [new CorpusGenerator().AsSourceGenerator()],
            additionalTexts: texts,
            parseOptions: ParseOptions,
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <param name="trackSteps">Record every step (for caching tests). Off for large corpora: with it on, the driver's step
    /// records make a 2,000-article run take minutes instead of seconds (the generator itself is not slower).</param>
    public static GeneratorRun Run(IEnumerable<TestArticle> articles, IReadOnlyDictionary<string, string>? properties = null, IEnumerable<string>? sources = null, bool trackSteps = true)
    {
        var list = articles.ToList();
        var texts = list.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToImmutableArray();
        var options = Options(list, properties);
        return RunDriver(CreateDriver(texts, options, trackSteps), CreateCompilation(sources ?? []), texts, options);
    }

    public static GeneratorRun RunDriver(GeneratorDriver driver, Compilation compilation, ImmutableArray<AdditionalText> texts = default, TestOptionsProvider? options = null)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics, texts.IsDefault ? [] : texts, options ?? Options([]));
    }

    /// <summary>A path inside the fake project folder, as MSBuild would pass it.</summary>
    public static string PathOf(string relative) => ProjectDir + relative;
}
