using System.Xml.Linq;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The packed Corpus.Generator, referenced with a plain PackageReference by a fresh console app with a
/// corpus/ folder and no settings of its own: the defaults give a typed corpus and located warnings.
/// </summary>
public sealed class PackAndConsumeTests(PackageFeedFixture feed, PackAndConsumeTests.DefaultConsumer consumer)
    : IClassFixture<PackAndConsumeTests.DefaultConsumer>
{
    public sealed class DefaultConsumer(PackageFeedFixture feed) : BuiltConsumer(feed)
    {
        protected override ConsumerProject CreateProject()
            => ConsumerProject.Create(Feed, "Newsroom")
                // Explicit header fields, and a paragraph repeated exactly at line 6 (first seen at line 4).
                .Article("corpus/harbour.txt",
                    "Title: Harbour reopens after the storm",
                    "Date: 2022-04-05",
                    "Source: Coastal Gazette",
                    "The harbour reopened on Tuesday after three days of closure.",
                    "Fishing boats returned to their moorings before noon on the same day.",
                    "The harbour reopened on Tuesday after three days of closure.",
                    "Traders at the fish market said the closure had cost them a week of sales.")
                // A first short line without a full stop is the title; each further line is a paragraph.
                .Article("corpus/ministers.txt",
                    "Ministers agree on a new budget",
                    "The finance ministers met in the capital on Monday to discuss the budget for next year.",
                    "After a long session they agreed on a plan to reduce the deficit over five years.")
                // corpus/**/*.txt reaches into sub-folders.
                .Article("corpus/regional/markets.txt",
                    "Title: Markets steady",
                    "Share prices were little changed on Wednesday as investors waited for new figures.")
                // Outside corpus/: not an article.
                .Article("notes.txt", "These are notes about the project, not a news article.")
                .File("Program.cs", """
                    using Newsroom;

                    Console.WriteLine($"count={Corpus.Articles.Count}");
                    Console.WriteLine($"class={typeof(Corpus).FullName}");
                    Console.WriteLine($"public={typeof(Corpus).IsPublic}");
                    foreach (var a in Corpus.Articles)
                    {
                        Console.WriteLine($"article|{a.FileName}|{a.Id}|{a.Title}|{a.Date?.ToString("yyyy-MM-dd") ?? "-"}|{a.Source ?? "-"}|{a.Paragraphs.Count}");
                    }
                    var ministers = Corpus.Articles.Ministers;
                    Console.WriteLine($"ministers.first={ministers.Paragraphs[0].Line}|{ministers.Paragraphs[0].Text}");
                    Console.WriteLine($"markets.text={Corpus.Articles.Markets.Text}");
                    Console.WriteLine($"harbour.title={Corpus.Articles.Harbour.Title}");
                    """);
    }

    [Fact]
    public void Package_holds_the_analyzer_the_engine_the_props_and_the_readme()
    {
        var entries = feed.PackageEntries();

        entries.ShouldContain("analyzers/dotnet/cs/Corpus.Generator.dll");
        entries.ShouldContain("analyzers/dotnet/cs/Corpus.Extraction.dll");
        entries.ShouldContain("buildTransitive/Corpus.Generator.props");
        entries.ShouldContain("build/Corpus.Generator.props");
        entries.ShouldContain("README.md");
        // A generator must not become a compile reference of its consumers.
        entries.ShouldNotContain(e => e.StartsWith("lib/", StringComparison.Ordinal), string.Join("\n", entries));
    }

    [Fact]
    public void Package_is_a_development_dependency_without_dependencies_and_with_a_readme()
    {
        var nuspecName = feed.PackageEntries().Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal));
        var nuspec = XDocument.Parse(feed.ReadPackageEntry(nuspecName));
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        metadata.Element(ns + "id")?.Value.ShouldBe(PackageFeedFixture.PackageId);
        metadata.Element(ns + "version")?.Value.ShouldBe(feed.Version);
        metadata.Element(ns + "developmentDependency")?.Value.ShouldBe("true", nuspec.ToString());
        metadata.Element(ns + "readme")?.Value.ShouldBe("README.md", nuspec.ToString());
        metadata.Descendants(ns + "dependency").ShouldBeEmpty(nuspec.ToString());
    }

    [Fact]
    public void Package_readme_documents_install_api_properties_and_diagnostics()
    {
        var readme = feed.ReadPackageEntry("README.md");

        readme.ShouldContain("PackageReference", Case.Sensitive);
        readme.ShouldContain("Corpus.Articles", Case.Sensitive);
        foreach (var property in new[] { "CorpusNamespace", "CorpusClassName", "CorpusVisibility", "CorpusInclude", "CorpusTitle" })
        {
            readme.ShouldContain(property, Case.Sensitive);
        }
        readme.ShouldContain("CORPUS004", Case.Sensitive);
    }

    [Fact]
    public void Consumer_sees_one_article_per_corpus_file_with_titles_headers_and_paragraphs()
    {
        consumer.Value("count").ShouldBe("3");
        var rows = consumer.Rows("article");
        rows.Count.ShouldBe(3, string.Join("\n", rows));
        rows.ShouldContain("markets.txt|Markets|Markets steady|-|-|1");
        rows.ShouldContain("ministers.txt|Ministers|Ministers agree on a new budget|-|-|2");

        // Whether the repeated paragraph is kept is the engine's business: three distinct paragraphs, maybe the repeat.
        var harbour = rows.Single(r => r.StartsWith("harbour.txt|", StringComparison.Ordinal));
        harbour.ShouldStartWith("harbour.txt|Harbour|Harbour reopens after the storm|2022-04-05|Coastal Gazette|");
        int.Parse(harbour[(harbour.LastIndexOf('|') + 1)..]).ShouldBeInRange(3, 4, harbour);
        consumer.Value("harbour.title").ShouldBe("Harbour reopens after the storm");
    }

    [Fact]
    public void Consumer_paragraphs_keep_their_text_and_line()
    {
        consumer.Value("ministers.first").ShouldBe("2|The finance ministers met in the capital on Monday to discuss the budget for next year.");
        consumer.Value("markets.text").ShouldContain("Share prices were little changed on Wednesday as investors waited for new figures.");
        consumer.Value("markets.text").ShouldNotContain("Markets steady");
    }

    [Fact]
    public void Consumer_gets_an_internal_corpus_class_in_the_root_namespace_by_default()
    {
        consumer.Value("class").ShouldBe("Newsroom.Corpus");
        consumer.Value("public").ShouldBe("False");
    }

    [Fact]
    public void Build_reports_the_repeated_paragraph_as_a_warning_located_in_the_txt_file()
    {
        consumer.Build.Succeeded.ShouldBeTrue(consumer.Build.ToString());

        var warning = consumer.Build.DiagnosticsWithId("CORPUS004").ShouldHaveSingleItem(consumer.Build.ToString());
        warning.Severity.ShouldBe("warning");
        warning.IsIn("corpus/harbour.txt").ShouldBeTrue(warning.ToString());
        Path.IsPathRooted(warning.File!).ShouldBeTrue(warning.ToString());
        (warning.Line, warning.Column).ShouldBe((6, 1), warning.ToString());
        warning.Message.ShouldContain("line 4");
    }

    [Fact]
    public void Build_has_no_errors_and_no_warnings_besides_the_corpus_findings()
    {
        var others = consumer.Build.Diagnostics.Where(d => !d.Id.StartsWith("CORPUS", StringComparison.Ordinal)).ToList();

        others.ShouldBeEmpty(consumer.Build.ToString());
        consumer.Build.Diagnostics.ShouldNotContain(d => d.Severity == "error", consumer.Build.ToString());
    }
}
