using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// An ordinary incremental <c>dotnet build</c> picks up an edited article and a new one: the corpus files
/// are compiler inputs, so the generated code and the warnings follow the text without a clean build.
/// </summary>
public sealed class RebuildTests(PackageFeedFixture feed)
{
    [Fact]
    public async Task Editing_and_adding_articles_then_building_again_updates_corpus_and_warnings()
    {
        var project = ConsumerProject.Create(feed, "Rebuild")
            .Article("corpus/first.txt",
                "Title: First version of the story",
                "The first version of the story had a single paragraph.")
            .File("Program.cs", """
                using Rebuild;

                Console.WriteLine($"count={Corpus.Articles.Count}");
                foreach (var a in Corpus.Articles) Console.WriteLine($"article|{a.Id}|{a.Title}|{a.Paragraphs.Count}");
                """);

        var first = await project.BuildAsync();
        first.Succeeded.ShouldBeTrue(first.ToString());
        first.Diagnostics.ShouldBeEmpty(first.ToString());
        var firstRun = await project.RunAsync();
        firstRun.Output.ShouldContain("count=1", Case.Sensitive, firstRun.ToString());
        firstRun.Output.ShouldContain("article|First|First version of the story|1", Case.Sensitive, firstRun.ToString());

        project
            .Article("corpus/first.txt",
                "Title: Second version of the story",
                "The story was updated with a second paragraph.",
                "This is the second paragraph of the updated story.")
            .Article("corpus/later.txt",
                "Title: A later story",
                "A later story arrived in the afternoon with more details.",
                "A later story arrived in the afternoon with more details.");

        var second = await project.BuildAsync("--no-restore");
        second.Succeeded.ShouldBeTrue(second.ToString());
        var warning = second.DiagnosticsWithId("CORPUS004").ShouldHaveSingleItem(second.ToString());
        warning.IsIn("corpus/later.txt").ShouldBeTrue(warning.ToString());
        (warning.Line, warning.Column).ShouldBe((3, 1), warning.ToString());

        var secondRun = await project.RunAsync();
        secondRun.Output.ShouldContain("count=2", Case.Sensitive, secondRun.ToString());
        secondRun.Output.ShouldContain("article|First|Second version of the story|2", Case.Sensitive, secondRun.ToString());
        secondRun.Output.ShouldContain("article|Later|A later story|", Case.Sensitive, secondRun.ToString());
    }
}
