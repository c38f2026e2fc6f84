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
}
