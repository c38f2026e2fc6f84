using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Findings;

/// <summary>Each content finding of the engine: where it fires (exact line and column), and a near miss where it must not.</summary>
public class FindingLocationTests
{
    private static IReadOnlyList<Finding> Findings(string text, string id, ArticleOverrides? overrides = null)
        => ArticleExtractor.Extract("corpus/t.txt", text, overrides).Findings.Where(f => f.Id == id).ToList();

    private static void At(Finding f, int line, int column, int endLine, int endColumn)
    {
        (f.Span.Line, f.Span.Column, f.Span.EndLine, f.Span.EndColumn).ShouldBe((line, column, endLine, endColumn));
    }

    [Fact]
    public void CORPUS001_fires_on_an_article_of_only_boilerplate()
    {
        var f = Findings("Share this:\n\nFacebook\n\nTwitter\n", FindingCatalog.EmptyArticle).Single();
        At(f, 1, 1, 1, 1);
        Findings("Share this:\n\nThe vote was close.\n", FindingCatalog.EmptyArticle).ShouldBeEmpty();
    }

    [Fact]
    public void CORPUS002_fires_on_mojibake_and_control_characters_but_not_on_typographic_quotes()
    {
        var found = Findings("Title\n\nThe mayor\u00E2\u20AC\u2122s plan passed.\nA bell \u0007 rang.\n", FindingCatalog.TextDamage);
        found.Count.ShouldBe(2);
        At(found[0], 3, 10, 3, 13);
        At(found[1], 4, 8, 4, 9);
        Findings("Title\n\nThe mayor\u2019s \u201Cplan\u201D passed \u2014 caf\u00E9 na\u00EFve.\n", FindingCatalog.TextDamage).ShouldBeEmpty();
    }

    [Fact]
    public void CORPUS004_fires_at_the_repeat_and_names_the_first_line_also_when_only_Mr_and_case_differ()
    {
        const string repeat = "MR LEE THANKED THE VOLUNTEERS FOR THEIR WORK ON THE BRIDGE!";
        var f = Findings("Title\n\nMr. Lee thanked the volunteers for their work on the bridge.\n\nOther news.\n\n" + repeat + "\n", FindingCatalog.RepeatedParagraph).Single();
        At(f, 7, 1, 7, repeat.Length + 1);
        f.Arguments[0].ShouldBe("3");
        Findings("Title\n\nMr. Lee thanked the volunteers for their work on the bridge.\n\nMr. Lee thanked the nurses for their work at the hospital.\n", FindingCatalog.RepeatedParagraph).ShouldBeEmpty();
    }

    [Fact]
    public void CORPUS004_fires_on_a_near_repeat()
    {
        var f = Findings("Title\n\nThe council voted on Monday to approve the new budget for schools and roads in the city.\n\nThe council voted on Monday to approve the new budget for schools and roads in the city centre.\n", FindingCatalog.RepeatedParagraph).Single();
        f.Arguments[1].ShouldBe(" (nearly the same words)");
    }

    [Fact]
    public void CORPUS007_fires_once_per_block_located_on_it()
    {
        var found = Findings("The vote was close.\n\nShare this:\n\nFacebook\n\nTwitter\n\nThe mayor spoke.\n\nSource link\n", FindingCatalog.Boilerplate);
        found.Count.ShouldBe(2);
        At(found[0], 3, 1, 7, 8);
        found[0].Arguments[0].ShouldBe("share buttons");
        At(found[1], 11, 1, 11, 12);
        found[1].Arguments[0].ShouldBe("source link");
    }

    [Fact]
    public void CORPUS011_fires_on_an_unreadable_date_override_and_not_on_a_good_one()
    {
        At(Findings("Body text.", FindingCatalog.UnreadableMetadata, new ArticleOverrides(Date: "31/31/2020")).Single(), 1, 1, 1, 1);
        Findings("Body text.", FindingCatalog.UnreadableMetadata, new ArticleOverrides(Date: "March 3, 2020")).ShouldBeEmpty();
        ArticleExtractor.Extract("t.txt", "Body text.", new ArticleOverrides(Date: "March 3, 2020")).Date.ShouldBe("2020-03-03");
    }

    [Fact]
    public void CORPUS011_fires_on_an_empty_title_override()
    {
        Findings("Body text.", FindingCatalog.UnreadableMetadata, new ArticleOverrides(Title: "   ")).Single().Arguments[0].ShouldContain("CorpusTitle");
    }

    [Fact]
    public void CORPUS012_fires_on_a_body_heading_but_not_on_the_title_or_a_sentence()
    {
        var found = Findings("A headline\n\nThe vote was close.\n\nWhat comes next\n\nThe mayor spoke.\n", FindingCatalog.HeadingLine);
        At(found.Single(), 5, 1, 5, 16);
        Findings("A headline\n\nThe vote was close.\n\nWhat comes next?\n", FindingCatalog.HeadingLine).ShouldBeEmpty();
    }
}
