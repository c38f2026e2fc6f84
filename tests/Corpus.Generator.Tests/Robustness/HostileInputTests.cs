using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Robustness;

/// <summary>Inputs real corpora contain; each must build, with the right diagnostics and no hang.</summary>
public class HostileInputTests
{
    private static GeneratorRun RunBytes(string name, byte[] bytes, IReadOnlyDictionary<string, string>? properties = null)
    {
        var path = GeneratorHarness.PathOf("corpus/" + name);
        var texts = ImmutableArray.Create<AdditionalText>(new BytesAdditionalText(path, bytes));
        var options = GeneratorHarness.Options([new TestArticle(path, string.Empty)], properties);
        return GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(texts, options), GeneratorHarness.CreateCompilation([]), texts, options);
    }

    private static GeneratorRun RunText(string name, string text, IReadOnlyDictionary<string, string>? properties = null)
        => GeneratorHarness.Run([TestCorpora.Small(name, text)], properties);

    private static void ShouldBuild(GeneratorRun run)
    {
        run.CompileErrors.ShouldBeEmpty();
        run.AllDiagnostics.ShouldNotContain(d => d.Id == "CORPUS999");
    }

    private static string[] Ids(GeneratorRun run) => run.AllDiagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  \r\n")]
    public void Empty_and_whitespace_only_files_are_empty_articles(string text)
    {
        var run = RunText("empty.txt", text);
        ShouldBuild(run);
        Ids(run).ShouldBe(["CORPUS001"]);
    }

    [Fact]
    public void Binary_file_renamed_txt_is_reported_as_damaged()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        var run = RunBytes("image.txt", bytes);
        ShouldBuild(run);
        Ids(run).ShouldContain("CORPUS002");
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_damaged_line()
    {
        var bytes = Encoding.UTF8.GetBytes("A headline\n\nThe first line is fine.\nThe caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" was closed.\n")).ToArray();
        var run = RunBytes("latin1.txt", bytes);
        ShouldBuild(run);
        var damage = run.AllDiagnostics.Single(d => d.Id == "CORPUS002");
        damage.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(3);
        damage.Location.GetLineSpan().StartLinePosition.Character.ShouldBe(7);
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        const string program = "namespace TestProject; public static class Probe { public static string Run() => Corpus.Articles.Wide.Title + \"|\" + Corpus.Articles.Wide.Paragraphs[0].Text; }";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Caf\u00E9 news\n\nThe caf\u00E9 reopened on Monday.\n")).ToArray();
        var path = GeneratorHarness.PathOf("corpus/wide.txt");
        var texts = ImmutableArray.Create<AdditionalText>(new BytesAdditionalText(path, bytes));
        var options = GeneratorHarness.Options([new TestArticle(path, string.Empty)]);
        var run = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(texts, options), GeneratorHarness.CreateCompilation([program]), texts, options);
        ShouldBuild(run);
        ApiRunner.Invoke(run.OutputCompilation, "TestProject.Probe", "Run").ShouldBe("Caf\u00E9 news|The caf\u00E9 reopened on Monday.");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Crlf_and_cr_line_endings_give_the_right_lines(string newline)
    {
        var text = string.Join(newline, "A headline", "", "The council met on Monday to vote.", "", "The council met on Monday to vote.", "");
        var run = RunText("endings.txt", text);
        ShouldBuild(run);
        run.AllDiagnostics.Single(d => d.Id == "CORPUS004").Location.GetLineSpan().StartLinePosition.Line.ShouldBe(4);
    }

    [Fact]
    public void Twenty_megabyte_single_line_is_skipped_by_default_with_a_warning()
    {
        var text = new StringBuilder(20_000_000).Append('w', 20_000_000).Append('.').ToString();
        var watch = Stopwatch.StartNew();
        var run = RunText("huge.txt", text);
        watch.Stop();
        ShouldBuild(run);
        Ids(run).ShouldBe(["CORPUS013"]);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Huge_single_line_within_a_raised_limit_is_extracted_quickly()
    {
        var sentence = "The committee met again on Thursday and said \u201Cwe will decide soon\u201D about it. ";
        var text = new StringBuilder().Insert(0, sentence, 3_000_000 / sentence.Length).ToString();
        var watch = Stopwatch.StartNew();
        var result = Corpus.Extraction.ArticleExtractor.Extract("corpus/long.txt", text);
        watch.Stop();
        result.Paragraphs.Count.ShouldBe(1);
        // A hang detector, not a timing: about 0.5 s alone, 10.6 s once at load average 30; anything
        // quadratic in the line's length would take hours.
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("\u201C")]
    [InlineData("\"")]
    [InlineData("'")]
    [InlineData("\u00AB")]
    public void Hundred_thousand_quote_marks_do_not_hang(string mark)
    {
        var text = "A headline\n\n" + string.Concat(Enumerable.Repeat("word " + mark, 100_000)) + ".\n";
        var watch = Stopwatch.StartNew();
        var run = RunText("marks.txt", text);
        watch.Stop();
        ShouldBuild(run);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Deeply_nested_quotes_do_not_hang()
    {
        var open = string.Concat(Enumerable.Repeat("\u201Cshe said \u2018he said ", 5_000));
        var close = string.Concat(Enumerable.Repeat("\u2019 end\u201D", 5_000));
        var run = RunText("nested.txt", "A headline\n\nIt began: " + open + "now" + close + ".\n");
        ShouldBuild(run);
    }

    [Fact]
    public void Ten_thousand_one_word_paragraphs_build()
    {
        var text = "A headline\n\n" + string.Join("\n\n", Enumerable.Range(0, 10_000).Select(i => "Word" + i + "."));
        var watch = Stopwatch.StartNew();
        var run = RunText("many.txt", text);
        watch.Stop();
        ShouldBuild(run);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
        run.CorpusClass().ShouldContain("Count => 1;");
    }

    [Fact]
    public void Same_file_name_in_two_folders_gives_two_articles()
    {
        var run = GeneratorHarness.Run([TestCorpora.Small("2022/story.txt", "One.\n"), TestCorpora.Small("2023/story.txt", "Two.\n")]);
        ShouldBuild(run);
        run.CorpusClass().ShouldContain("public Article Story =>");
        run.CorpusClass().ShouldContain("public Article Story_2 =>");
    }
}
