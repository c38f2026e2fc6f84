using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Findings;

namespace Corpus.Extraction.Tests.CorpusMerge;

public class DuplicateArticleFinderTests
{
    private const string Body = "Bridge reopens\n\nThe old bridge reopened on Friday after two years of repairs.\n\nTraffic will be limited to cars for the first month.\n\nCyclists welcomed the new lanes on both sides.\n\nThe city paid for most of the work.\n";

    [Fact]
    public void Same_text_in_another_case_and_spacing_is_a_duplicate()
    {
        var corpus = CorpusMerger.Merge([ArticleExtractor.Extract("a.txt", Body), ArticleExtractor.Extract("b.txt", Body.ToUpperInvariant().Replace(".", " ."))]);
        var finding = corpus.Findings.Single(f => f.Finding.Id == FindingCatalog.DuplicateArticle);
        finding.Path.ShouldBe("b.txt");
        FindingCatalog.Get(finding.Finding.Id).Format(finding.Finding.Arguments.ToList()).ShouldBe("This article duplicates 'a.txt'");
    }

    [Fact]
    public void Article_sharing_most_paragraphs_is_a_near_duplicate()
    {
        var near = Body + "\nA footnote was added by the second site.\n";
        var corpus = CorpusMerger.Merge([ArticleExtractor.Extract("a.txt", Body), ArticleExtractor.Extract("b.txt", near)]);
        var finding = corpus.Findings.Single(f => f.Finding.Id == FindingCatalog.DuplicateArticle);
        finding.Finding.Arguments[1].ShouldBe(" (80% of its paragraphs are the same)");
    }

    [Fact]
    public void Articles_sharing_one_paragraph_are_not_duplicates()
    {
        var other = "Bridge news\n\nThe old bridge reopened on Friday after two years of repairs.\n\nA new bus line starts in May.\n\nThe mayor will open it.\n\nTickets cost two euros.\n";
        var corpus = CorpusMerger.Merge([ArticleExtractor.Extract("a.txt", Body), ArticleExtractor.Extract("b.txt", other)]);
        corpus.Findings.ShouldNotContain(f => f.Finding.Id == FindingCatalog.DuplicateArticle);
    }
}
