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

        // Only the edited article's source is regenerated. The merge re-runs, but a new paragraph with no
        // quote or participant leaves the corpus model equal, so the corpus file is not emitted again.
        var articleOutputs = steps[TrackingNames.ArticleOutputs].SelectMany(s => s.Outputs).ToList();
        articleOutputs.Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        steps[TrackingNames.CollectedArticles].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Modified);
        steps[TrackingNames.Corpus].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Unchanged);
    }
}
