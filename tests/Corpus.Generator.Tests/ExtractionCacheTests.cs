using System.Collections.Immutable;
using Corpus.Benchmarks;
using Corpus.Extraction.Model;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>Generator and analyzer share one extraction per file within a compilation.</summary>
public class ExtractionCacheTests
{
    [Fact]
    public void Same_additional_text_is_extracted_once_and_a_changed_override_is_not_served_stale()
    {
        var article = TestCorpora.Small("council.txt", TestCorpora.CouncilArticle);
        var file = new InMemoryAdditionalText(article.Path, article.Text);
        var options = GeneratorHarness.Options([article]);

        var forGenerator = ArticleInputReader.Read(file, options, CancellationToken.None)!;
        var forAnalyzer = ArticleInputReader.Read(file, options, CancellationToken.None)!;
        ReferenceEquals(forGenerator.Text, forAnalyzer.Text).ShouldBeTrue();
        ReferenceEquals(ExtractionCache.Extract(forGenerator, CancellationToken.None), ExtractionCache.Extract(forAnalyzer, CancellationToken.None)).ShouldBeTrue();

        var retitled = forAnalyzer with { Overrides = forAnalyzer.Overrides with { Title = "Other" } };
        ExtractionCache.Extract(retitled, CancellationToken.None).Model.Title.ShouldBe("Other");
    }

    [Fact]
    public void Prefetch_extracts_every_file_into_the_cache_with_the_same_results_as_one_at_a_time()
    {
        var files = SyntheticCorpus.NewsSized(ExtractionCache.MinParallelFiles * 3);
        // New strings: the cache keys on the text instance, so nothing here was extracted before.
        var inputs = files.Select(f => (ArticleInput?)new ArticleInput("/p/corpus/" + f.Name, "corpus/" + f.Name, new string(f.Text.AsSpan()), ArticleOverrides.None, long.MaxValue)).ToImmutableArray();

        inputs.ShouldAllBe(i => !ExtractionCache.IsCached(i!));
        ExtractionCache.Prefetch(inputs.Add(null), CancellationToken.None).ShouldBeTrue();
        inputs.ShouldAllBe(i => ExtractionCache.IsCached(i!));

        foreach (var input in inputs)
        {
            var cached = ExtractionCache.Extract(input!, CancellationToken.None);
            // The same object again: the per-file step found it in the cache instead of extracting.
            ReferenceEquals(cached, ExtractionCache.Extract(input!, CancellationToken.None)).ShouldBeTrue();
            cached.ShouldBe(ArticleStep.Extract(input!, CancellationToken.None), input!.RelativePath);
        }
    }

    [Fact]
    public void Prefetch_stops_when_cancelled()
    {
        var files = SyntheticCorpus.NewsSized(ExtractionCache.MinParallelFiles * 2);
        var inputs = files.Select(f => (ArticleInput?)new ArticleInput("/p/" + f.Name, f.Name, new string(f.Text.AsSpan()), ArticleOverrides.None, long.MaxValue)).ToImmutableArray();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => ExtractionCache.Prefetch(inputs, cancelled.Token));
    }
}
