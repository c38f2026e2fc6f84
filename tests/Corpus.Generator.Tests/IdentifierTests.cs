using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>Any file name yields valid, deterministic C# names.</summary>
public class IdentifierTests
{
    [Fact]
    public void Hostile_file_names_compile_and_colliding_names_get_a_suffix_and_a_diagnostic()
    {
        string[] names =
        [
            "class.txt", "2024 report.txt", "my-story.v2.txt", "Count.txt", "\u65B0\u95FB.txt", "\u00E9t\u00E9.txt",
            "a b.txt", "a_b.txt", "sub/a b.txt", "GetEnumerator.txt", "ArticleList.txt", "___.txt",
        ];
        var run = GeneratorHarness.Run(names.Select(n => TestCorpora.Small(n, "A headline\n\nSome text of the article " + n + ".\n")));
        run.CompileErrors.ShouldBeEmpty();
        var corpus = run.CorpusClass();
        corpus.ShouldContain("public Article Class =>");
        corpus.ShouldContain("public Article _2024_report =>");
        corpus.ShouldContain("public Article My_story_v2 =>");
        corpus.ShouldContain("public Article Count_ =>");
        corpus.ShouldContain("public Article \u65B0\u95FB =>");
        corpus.ShouldContain("public Article \u00C9t\u00E9 =>");
        corpus.ShouldContain("public Article A_b =>");
        corpus.ShouldContain("public Article A_b_2 =>");
        corpus.ShouldContain("public Article A_b_3 =>");
        corpus.ShouldContain("public Article Article =>");
        run.GeneratorDiagnostics.Count(d => d.Id == "CORPUS009").ShouldBe(5);
    }

    [Fact]
    public void CorpusId_override_names_the_article_and_an_invalid_one_is_reported()
    {
        var run = GeneratorHarness.Run(
        [
            TestCorpora.Small("one.txt", "Text one here.\n", new Dictionary<string, string> { ["CorpusId"] = "Lead" }),
            TestCorpora.Small("two.txt", "Text two here.\n", new Dictionary<string, string> { ["CorpusId"] = "not valid!" }),
        ]);
        run.CompileErrors.ShouldBeEmpty();
        run.CorpusClass().ShouldContain("public Article Lead =>");
        run.CorpusClass().ShouldContain("public Article Two =>");
        run.GeneratorDiagnostics.Single(d => d.Id == "CORPUS009").Location.GetLineSpan().Path.ShouldEndWith("two.txt");
    }

    [Fact]
    public void Text_with_characters_that_need_escaping_compiles_and_round_trips()
    {
        const string first = "Quote \" backslash \\ braces {} \"\"\" end */ #if X.";
        const string second = "\u0000 nul \u0001 control \u202E bidi \u2028 line \uD800 lone \uD83D\uDE00 pair \\u0041 not an escape.";
        const string program = """
            namespace TestProject;
            public static class Probe
            {
                public static string Run() => string.Join("|", Corpus.Articles.Nasty.Paragraphs.Select(p => p.Text));
            }
            """;
        var run = GeneratorHarness.Run([TestCorpora.Small("nasty.txt", first + "\n" + second + "\n")], sources: ["global using System.Linq;", program]);
        run.CompileErrors.ShouldBeEmpty();
        var output = ApiRunner.Invoke(run.OutputCompilation, "TestProject.Probe", "Run");
        // The lone surrogate cannot be stored as UTF-8: it becomes U+FFFD and is reported as damage.
        output.ShouldBe(first + "|" + second.Replace("\uD800", "\uFFFD"));
        run.AllDiagnostics.Count(d => d.Id == "CORPUS002").ShouldBe(1);
    }
}
