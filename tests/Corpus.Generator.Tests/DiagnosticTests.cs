using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests;

/// <summary>Findings become compiler diagnostics located in the .txt file.</summary>
public class DiagnosticTests
{
    [Fact]
    public void Repeated_paragraph_is_reported_at_the_repeat_with_exact_location()
    {
        const string text = "Title line\n\nThe council met on Monday to vote.\n\nIt approved the plan.\n\nThe council met on Monday to vote.\n";
        var run = GeneratorHarness.Run([TestCorpora.Small("dup.txt", text)]);
        var d = run.AllDiagnostics.Single(x => x.Id == "CORPUS004");
        d.Severity.ShouldBe(DiagnosticSeverity.Warning);
        var span = d.Location.GetLineSpan();
        span.Path.ShouldBe(GeneratorHarness.PathOf("corpus/dup.txt"));
        span.StartLinePosition.Line.ShouldBe(6);
        span.StartLinePosition.Character.ShouldBe(0);
        span.EndLinePosition.Character.ShouldBe("The council met on Monday to vote.".Length);
        d.Location.SourceSpan.Start.ShouldBe(text.LastIndexOf("The council", StringComparison.Ordinal));
        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("This paragraph repeats the paragraph at line 3");
    }

    [Fact]
    public void Seed_diagnostics_include_the_repeated_paragraphs_of_the_second_seed()
    {
        var run = GeneratorHarness.Run(TestCorpora.Seeds);
        var repeats = run.AllDiagnostics.Where(d => d.Id == "CORPUS004" && d.Location.GetLineSpan().Path.Contains("001_", StringComparison.Ordinal)).ToList();
        repeats.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).ShouldBe([9, 10, 11]);
    }

    [Fact]
    public void Each_diagnostic_is_reported_once_per_location()
    {
        var run = GeneratorHarness.Run(TestCorpora.Seeds);
        run.AllDiagnostics
            .GroupBy(d => (d.Id, d.Location.GetLineSpan().Path, d.Location.SourceSpan))
            .ShouldAllBe(g => g.Count() == 1);
        run.AnalyzerDiagnostics.ShouldNotBeEmpty();
    }

    [Fact]
    public void Duplicated_article_is_reported_on_the_later_file()
    {
        const string text = "Same story\n\nThe same text was published twice by two sites.\n";
        var run = GeneratorHarness.Run([TestCorpora.Small("a.txt", text), TestCorpora.Small("b.txt", text.ToUpperInvariant())]);
        var d = run.AllDiagnostics.Single(x => x.Id == "CORPUS005");
        d.Location.GetLineSpan().Path.ShouldEndWith("corpus/b.txt");
        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("corpus/a.txt");
    }

    [Fact]
    public void Bad_date_override_is_reported_and_the_text_date_kept()
    {
        var run = GeneratorHarness.Run([TestCorpora.Small("council.txt", TestCorpora.CouncilArticle, new Dictionary<string, string> { ["CorpusDate"] = "next Tuesday" })]);
        run.AllDiagnostics.Single(d => d.Id == "CORPUS011").GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("next Tuesday");
        run.Result.Results.Single().GeneratedSources.Single(x => x.SourceText.ToString().Contains("class A_Council_", StringComparison.Ordinal))
            .SourceText.ToString().ShouldContain("new global::System.DateOnly(2021, 3, 9)");
    }

    [Fact]
    public void File_above_the_size_limit_is_skipped_with_a_diagnostic()
    {
        var run = GeneratorHarness.Run(
            [TestCorpora.Small("big.txt", new string('a', 2000) + ".\n"), TestCorpora.Small("council.txt", TestCorpora.CouncilArticle)],
            new Dictionary<string, string> { ["CorpusMaxFileBytes"] = "1000" });
        run.CompileErrors.ShouldBeEmpty();
        var d = run.AllDiagnostics.Single(x => x.Id == "CORPUS013");
        d.Severity.ShouldBe(DiagnosticSeverity.Warning);
        d.Location.GetLineSpan().Path.ShouldEndWith("big.txt");
        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("CorpusMaxFileBytes");
    }

    [Fact]
    public void Content_findings_come_from_the_analyzer_and_naming_findings_from_the_generator()
    {
        var run = GeneratorHarness.Run(
        [
            TestCorpora.Small("a b.txt", "Title\n\nSame paragraph here.\n\nSame paragraph here.\n"),
            TestCorpora.Small("a_b.txt", "Another\n\nOther text.\n"),
        ]);
        run.GeneratorDiagnostics.Select(d => d.Id).Distinct().ShouldBe(["CORPUS009"]);
        run.AnalyzerDiagnostics.Select(d => d.Id).ShouldContain("CORPUS004");
        run.AnalyzerDiagnostics.ShouldNotContain(d => d.Id == "CORPUS009");
    }
}
