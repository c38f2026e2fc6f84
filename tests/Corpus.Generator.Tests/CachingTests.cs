using System.Collections.Immutable;
using Corpus.Benchmarks;
using Corpus.Generator.Emit;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests;

/// <summary>Proves the incremental pipeline: C# edits cost nothing, one article edit re-runs one article.</summary>
public class CachingTests
{
    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void Every_named_step_is_reported()
    {
        var run = GeneratorHarness.Run(TestCorpora.Seeds);
        var steps = run.Result.Results.Single().TrackedSteps;
        foreach (var name in TrackingNames.All)
        {
            steps.ShouldContainKey(name);
        }
    }

    [Fact]
    public void Editing_csharp_code_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(["namespace TestProject; class A { }"]);
        var first = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(TestCorpora.Seeds), compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace TestProject; class B { int x = 1; }", GeneratorHarness.ParseOptions));
        var second = GeneratorHarness.RunDriver(first.Driver, edited);

        var result = second.Result.Results.Single();
        foreach (var name in TrackingNames.All)
        {
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var output in step.Outputs)
                {
                    output.Reason.ShouldBeOneOf(Reused, $"step {name}");
                }
            }
        }
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_one_article_reextracts_only_that_article()
    {
        var articles = TestCorpora.Seeds;
        var texts = articles.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation([]);
        var first = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(texts, GeneratorHarness.Options(articles)), compilation);

        var target = articles[2];
        var replaced = new InMemoryAdditionalText(target.Path, target.Text + "\nOne more paragraph was added at the end.\n");
        var second = GeneratorHarness.RunDriver(first.Driver.ReplaceAdditionalText(texts[2], replaced), compilation);

        var steps = second.Result.Results.Single().TrackedSteps;
        var extractions = steps[TrackingNames.Articles].SelectMany(s => s.Outputs).ToList();
        extractions.Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        extractions.Count(o => Reused.Contains(o.Reason)).ShouldBe(articles.Count - 1);
        extractions.Single(o => o.Reason == IncrementalStepRunReason.Modified).Value.ShouldBeOfType<ArticleResult>().FullPath.ShouldBe(target.Path);

        // Only the edited article's source is regenerated. The article's merge input (what the merge needs of it)
        // is unchanged by a paragraph with no quote or participant, so the merge does not run at all.
        var articleOutputs = steps[TrackingNames.ArticleOutputs].SelectMany(s => s.Outputs).ToList();
        articleOutputs.Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        var mergeInputs = steps[TrackingNames.MergeInputs].SelectMany(s => s.Outputs).ToList();
        mergeInputs.Count(o => o.Reason == IncrementalStepRunReason.Unchanged).ShouldBe(1);
        mergeInputs.Count(o => o.Reason == IncrementalStepRunReason.Cached).ShouldBe(articles.Count - 1);
        steps[TrackingNames.CollectedArticles].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Cached);
        steps[TrackingNames.Corpus].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Cached);
        second.Result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Count(o => o.Reason != IncrementalStepRunReason.Cached).ShouldBe(1);
    }

    [Fact]
    public void Editing_a_quote_reruns_the_merge_with_only_that_articles_merge_input_changed()
    {
        var articles = TestCorpora.Seeds;
        var texts = articles.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation([]);
        var first = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(texts, GeneratorHarness.Options(articles)), compilation);

        // A word added inside the article's first quote that the merge keeps: its text (and so its preview) changes.
        var (index, target, open) = articles.Select((a, i) => (i, a, a.Text.IndexOf('\u201C'))).First(x => x.Item3 >= 0);
        var replaced = new InMemoryAdditionalText(target.Path, target.Text.Insert(open + 1, "Frankly, "));
        var second = GeneratorHarness.RunDriver(first.Driver.ReplaceAdditionalText(texts[index], replaced), compilation);

        var steps = second.Result.Results.Single().TrackedSteps;
        var mergeInputs = steps[TrackingNames.MergeInputs].SelectMany(s => s.Outputs).ToList();
        mergeInputs.Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        mergeInputs.Single(o => o.Reason == IncrementalStepRunReason.Modified).Value.ShouldBeOfType<Shared<ArticleResult>>().Value.FullPath.ShouldBe(target.Path);
        mergeInputs.Count(o => o.Reason == IncrementalStepRunReason.Cached).ShouldBe(articles.Count - 1);
        steps[TrackingNames.CollectedArticles].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Modified);
        steps[TrackingNames.Corpus].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Modified);
        second.CorpusClass().ShouldContain("Frankly, ");
    }

    [Fact]
    public void Editing_one_quote_reemits_only_a_few_small_outputs()
    {
        var articles = SyntheticCorpus.NewsSized(200).Select(a => TestCorpora.Small(a.Name, a.Text)).ToList();
        var texts = articles.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation([]);
        var first = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(texts, GeneratorHarness.Options(articles)), compilation);

        var index = articles.FindIndex(a => a.Text.Contains('\u201C'));
        var target = articles[index];
        var replaced = new InMemoryAdditionalText(target.Path, target.Text.Insert(target.Text.IndexOf('\u201C') + 1, "Frankly, "));
        var second = GeneratorHarness.RunDriver(first.Driver.ReplaceAdditionalText(texts[index], replaced), compilation);
        second.CompileErrors.ShouldBeEmpty();

        var result = second.Result.Results.Single();
        var steps = result.TrackedSteps;
        // The participant table reads no quote: its per-article input is recomputed for the edited article only, equal,
        // and the table itself is not merged again. The variant search runs again and finds the same groups, so only the
        // edited article is linked again.
        var participantInputs = steps[TrackingNames.ParticipantInputs].SelectMany(s => s.Outputs).ToList();
        participantInputs.Count(o => o.Reason == IncrementalStepRunReason.Unchanged).ShouldBe(1);
        participantInputs.Count(o => o.Reason == IncrementalStepRunReason.Cached).ShouldBe(articles.Count - 1);
        steps[TrackingNames.ParticipantTable].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Cached);
        steps[TrackingNames.QuoteVariants].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Unchanged);
        var links = steps[TrackingNames.ArticleLinks].SelectMany(s => s.Outputs).ToList();
        links.Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        ((Shared<ArticleLink>)links.Single(o => o.Reason == IncrementalStepRunReason.Modified).Value).Value.Article!.FileName.ShouldBe(System.IO.Path.GetFileName(target.Path));
        links.Count(o => o.Reason == IncrementalStepRunReason.Cached).ShouldBe(articles.Count - 1);
        steps[TrackingNames.Corpus].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Modified);
        steps[TrackingNames.CorpusTop].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Unchanged);
        steps[TrackingNames.CorpusParticipantParts].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Unchanged);
        var articleParts = steps[TrackingNames.CorpusArticleParts].SelectMany(s => s.Outputs).ToList();
        articleParts.Count.ShouldBeGreaterThan(10);
        var changedPart = (CorpusArticlePart)articleParts.Single(o => o.Reason == IncrementalStepRunReason.Modified).Value;
        changedPart.Articles.ShouldContain(a => a.Article.FileName == System.IO.Path.GetFileName(target.Path));
        articleParts.Count(o => o.Reason == IncrementalStepRunReason.Unchanged).ShouldBe(articleParts.Count - 1);

        // By the outputs' own reasons: a re-run output's value holds the sources it added (the driver's internal
        // GeneratedSourceText, read by reflection). Only the edited article's data bucket and its corpus part.
        var reemitted = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Cached).ToList();
        var names = reemitted.SelectMany(o => ((System.Collections.IEnumerable)((System.Runtime.CompilerServices.ITuple)o.Value)[0]!).Cast<object>())
            .Select(source => (string)source.GetType().GetProperty("HintName")!.GetValue(source)!).Order(StringComparer.Ordinal).ToList();
        names.Count.ShouldBe(reemitted.Count);
        names.ShouldBe([CorpusEmitter.ArticlePartHintName(changedPart), "Corpus.Articles." + changedPart.Index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs"]);
        var sizes = result.GeneratedSources.Where(s => s.HintName == "Corpus.g.cs" || s.HintName.StartsWith("Corpus.ArticleList.", StringComparison.Ordinal) || s.HintName.StartsWith("Corpus.Participants.", StringComparison.Ordinal))
            .ToDictionary(s => s.HintName, s => s.SourceText.Length);
        // The corpus text re-emitted is a small share of the whole corpus class.
        names.Where(sizes.ContainsKey).Sum(n => sizes[n]).ShouldBeLessThan(sizes.Values.Sum() / 10);
        second.CorpusClass().ShouldContain("Frankly, ");
    }

    public static TheoryData<string> Corpora => ["seeds", "colliding names"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_merge_input_holds_no_text_and_the_same_corpus_follows_from_it(string corpus)
    {
        var articles = corpus == "seeds"
            ? TestCorpora.Seeds
            : new[] { "Count.txt", "a b.txt", "a_b.txt", "sub/a b.txt", "class.txt" }.Select(n => TestCorpora.Small(n, TestCorpora.CouncilArticle + "\nMayor Torres spoke about " + n + ".\n")).ToList();
        var run = GeneratorHarness.Run(articles);
        var steps = run.Result.Results.Single().TrackedSteps;
        var inputs = steps[TrackingNames.MergeInputs].SelectMany(s => s.Outputs).Select(o => ((Shared<ArticleResult>)o.Value).Value).ToList();
        inputs.ShouldAllBe(r => r.Model.Text.Length == 0 && r.Model.Paragraphs.Count == 0 && r.MergeKeys!.ParagraphKeys.Count == 0);

        // The generator's corpus (from the projections) equals the analyzer's (from the whole articles), but for the
        // content findings that only the analyzer reports.
        var full = steps[TrackingNames.Articles].SelectMany(s => s.Outputs).Select(o => (ArticleResult)o.Value).ToImmutableArray();
        var links = (CorpusLinks)steps[TrackingNames.Corpus].Single().Outputs.Single().Value;
        var fromFull = CorpusStep.Build(full, links.Settings, CancellationToken.None);
        links.Articles.Select(l => l.Article).ShouldBe(fromFull.Articles);
        links.Articles.Select(l => l.Index).ShouldBe(Enumerable.Range(0, fromFull.Articles.Count));
        var participants = CorpusLinkSteps.ParticipantParts(links).SelectMany(p => p.Participants).OrderBy(p => p.Index).ToList();
        participants.Select(p => p.Index).ShouldBe(Enumerable.Range(0, fromFull.Participants.Count));
        participants.Select(p => p.Participant).ShouldBe(fromFull.Participants);
        var report = CorpusLinkSteps.Report(links, (Corpus.Extraction.Model.EquatableArray<Corpus.Generator.Diagnostics.DiagnosticInfo>)steps[TrackingNames.NamingConflicts].Single().Outputs.Single().Value);
        report.Diagnostics.ShouldBe(fromFull.Diagnostics.Where(d => Corpus.Generator.Diagnostics.ReportingPolicy.ByGenerator(d)));
        CorpusLinkSteps.Top(links).ShouldBe(CorpusParts.Top(fromFull));
        CorpusLinkSteps.ArticleParts(links).ShouldBe(CorpusParts.ArticleParts(fromFull));
        if (corpus != "seeds") report.Diagnostics.Count(d => d.Id == "CORPUS009").ShouldBe(3);
    }
}
