using Corpus.Benchmarks;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests;

/// <summary>Large corpora: the emitted code compiles within the compiler's limits, and articles are materialised lazily.</summary>
public class ScaleTests
{
    [Fact]
    public void Two_thousand_articles_compile_with_zero_errors_and_load_lazily()
    {
        const string program = """
            namespace TestProject;
            public static class Probe
            {
                public static string Run()
                {
                    var field = typeof(Corpus.ArticleList).GetField("__items", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
                    var items = (Article?[])field.GetValue(Corpus.Articles)!;
                    var before = System.Linq.Enumerable.Count(items, a => a is not null);
                    var one = Corpus.Articles.Article_01234;
                    var after = System.Linq.Enumerable.Count(items, a => a is not null);
                    return before + "," + after + "," + one.Paragraphs.Count.ToString() + "," + Corpus.Articles.Count;
                }
            }
            """;
        var articles = SyntheticCorpus.Create(2000).Select(a => TestCorpora.Small(a.Name, a.Text)).ToList();
        // Untracked, as a build runs it: this test is about the compiler's limits and laziness, not caching.
        var run = GeneratorHarness.Run(articles, sources: [program], trackSteps: false);
        run.CompileErrors.ShouldBeEmpty();
        var generated = run.Result.GeneratedTrees.ToHashSet();
        run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && generated.Contains(tree)).ShouldBeEmpty();
        var result = ApiRunner.Invoke(run.OutputCompilation, "TestProject.Probe", "Run").Split(',');
        result[0].ShouldBe("0");
        result[1].ShouldBe("1");
        int.Parse(result[2]).ShouldBeGreaterThan(5);
        result[3].ShouldBe("2000");
    }
}
