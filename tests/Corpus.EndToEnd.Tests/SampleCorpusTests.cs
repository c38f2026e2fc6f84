using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The repository's sample articles (real news text) through the packed generator: every file becomes an
/// article, the generated code compiles without compiler warnings, and walking the whole generated API
/// (quotes, speakers, participants) at run time throws nothing. Quote and participant contents are not
/// asserted here; they belong to the engine's tests.
/// </summary>
public sealed class SampleCorpusTests(PackageFeedFixture feed)
{
    [Fact]
    public async Task Sample_articles_compile_to_a_corpus_whose_whole_api_can_be_walked()
    {
        var sampleFiles = Directory.GetFiles(Path.Combine(Repository.Root, "sample-consumer", "corpus"), "*.txt");
        sampleFiles.ShouldNotBeEmpty();
        var project = ConsumerProject.Create(feed, "Sample");
        foreach (var file in sampleFiles)
        {
            project.File("corpus/" + Path.GetFileName(file), File.ReadAllText(file));
        }
        project.File("Program.cs", """
            using Sample;

            Console.WriteLine($"count={Corpus.Articles.Count}");
            Console.WriteLine($"first={Corpus.Articles._000_89011bfd95852fd4.FileName}");
            var quotes = 0;
            foreach (var a in Corpus.Articles)
            {
                Console.WriteLine($"article|{a.FileName}|{a.Id}|{a.Paragraphs.Count}|{a.Text.Length > 0}");
                foreach (var p in a.Paragraphs) _ = (p.Text, p.Line);
                foreach (var q in a.Quotes)
                {
                    _ = (q.Text, q.Speaker?.Name, q.Article.Id, q.Line, q.Column, q.IsFragment, q.Variants.Count);
                    quotes++;
                }
                foreach (var who in a.Participants) _ = (who.Name, who.Kind, who.Articles.Count, who.Quotes.Count);
            }
            Console.WriteLine($"quotes.consistent={quotes == Corpus.Quotes.Count}");
            var kinds = Corpus.People.Count + Corpus.Organizations.Count + Corpus.Countries.Count + Corpus.Places.Count;
            Console.WriteLine($"participants.within={kinds <= Corpus.Participants.Count}");
            foreach (var who in Corpus.Participants) _ = (who.Name, who.Aliases.Count, who.Roles.Count, who.Articles.Count);
            """);

        var build = await project.BuildAsync();

        build.Succeeded.ShouldBeTrue(build.ToString());
        build.Diagnostics.ShouldNotContain(d => d.Severity == "error", build.ToString());
        build.Diagnostics.ShouldNotContain(d => !d.Id.StartsWith("CORPUS", StringComparison.Ordinal), build.ToString());
        build.Diagnostics.ShouldAllBe(d => d.File != null && d.NormalizedFile!.Contains("/corpus/"), build.ToString());

        var run = await project.RunAsync();
        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.ShouldContain($"count={sampleFiles.Length}", Case.Sensitive, run.ToString());
        run.Output.ShouldContain("first=000_89011bfd95852fd4.txt", Case.Sensitive, run.ToString());
        run.Output.ShouldContain("quotes.consistent=True", Case.Sensitive, run.ToString());
        run.Output.ShouldContain("participants.within=True", Case.Sensitive, run.ToString());
        foreach (var file in sampleFiles)
        {
            run.Output.ShouldContain($"article|{Path.GetFileName(file)}|", Case.Sensitive, run.ToString());
        }
        run.Output.ShouldNotContain("|0|", Case.Sensitive, run.ToString());
        run.Output.ShouldNotContain("|False", Case.Sensitive, run.ToString());
    }
}
