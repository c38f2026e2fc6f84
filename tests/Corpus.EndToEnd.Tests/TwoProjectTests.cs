using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// Two projects with the package, each with its own public corpus, one referencing the other: the
/// generated types of the two must not clash (no CS0436) and both corpora stay usable from the second.
/// </summary>
public sealed class TwoProjectTests(PackageFeedFixture feed)
{
    [Fact]
    public async Task A_project_referencing_another_with_a_public_corpus_builds_cleanly_and_sees_both()
    {
        var folder = feed.NewConsumerDirectory("two-projects");
        var library = new ConsumerProject(feed, Path.Combine(folder, "Wire"), "Wire", outputType: "Library")
            .Property("CorpusVisibility", "public")
            .Article("corpus/agency.txt",
                "Title: Agency report",
                "The agency reported that exports grew for the third month in a row.")
            .WriteProjectFile();
        var app = new ConsumerProject(feed, Path.Combine(folder, "Desk"), "Desk")
            .Property("CorpusVisibility", "public")
            .ProjectReference(library)
            .Article("corpus/local.txt",
                "Title: Local news",
                "The town library will open on Sundays from next month.",
                "Volunteers will staff the reading room.")
            .File("Program.cs", """
                Console.WriteLine($"wire={Wire.Corpus.Articles.Count}|{Wire.Corpus.Articles.Agency.Title}|{Wire.Corpus.Articles.Agency.Paragraphs.Count}");
                Console.WriteLine($"desk={Desk.Corpus.Articles.Count}|{Desk.Corpus.Articles.Local.Title}|{Desk.Corpus.Articles.Local.Paragraphs.Count}");
                Wire.Article fromLibrary = Wire.Corpus.Articles[0];
                Desk.Article own = Desk.Corpus.Articles[0];
                Console.WriteLine($"types={fromLibrary.GetType().Assembly.GetName().Name}|{own.GetType().Assembly.GetName().Name}");
                """);

        var build = await app.BuildAsync();

        build.Succeeded.ShouldBeTrue(build.ToString());
        build.DiagnosticsWithId("CS0436").ShouldBeEmpty(build.ToString());
        build.Diagnostics.ShouldBeEmpty(build.ToString());

        var run = await app.RunAsync();
        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.ShouldContain("wire=1|Agency report|1", Case.Sensitive);
        run.Output.ShouldContain("desk=1|Local news|2", Case.Sensitive);
        run.Output.ShouldContain("types=Wire|Desk", Case.Sensitive);
    }
}
