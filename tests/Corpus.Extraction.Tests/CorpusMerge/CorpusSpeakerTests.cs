using Corpus.Extraction.CorpusMerge;

namespace Corpus.Extraction.Tests.CorpusMerge;

/// <summary>A speaker named only by role in one article resolves to the role holder known from another.</summary>
public class CorpusSpeakerTests
{
    private const string Introduces = "Talks resume\n\nForeign Minister Ana Lindqvist arrived in Oslo on Monday for talks with her counterparts.\n";
    private const string ByRole = "Talks end\n\n\u201CWe have reached an agreement that protects both fishing fleets,\u201D the foreign minister said on Tuesday.\n";

    private static (CorpusModel Corpus, ArticleEntry Entry) Merge(params (string Path, string Text)[] files)
    {
        var corpus = CorpusMerger.Merge(files.Select(f => ArticleExtractor.Extract(f.Path, f.Text)));
        return (corpus, corpus.Articles.Single(a => a.Path == "b.txt"));
    }

    [Fact]
    public void Role_speaker_resolves_to_the_one_holder_in_the_corpus()
    {
        var (corpus, entry) = Merge(("a.txt", Introduces), ("b.txt", ByRole));
        var speaker = entry.QuoteSpeakers.Single();
        speaker.ShouldBeGreaterThanOrEqualTo(0);
        var person = corpus.Participants[speaker];
        person.Name.ShouldBe("Ana Lindqvist");
        person.Quotes.Count.ShouldBe(1);
        entry.Participants.ShouldContain(speaker);
    }

    [Fact]
    public void Two_holders_of_the_role_leave_the_speaker_unknown()
    {
        var other = "More talks\n\nForeign Minister Pavel Novak met fishermen in Gdansk on Monday.\n";
        var (_, entry) = Merge(("a.txt", Introduces), ("c.txt", other), ("b.txt", ByRole));
        entry.QuoteSpeakers.Single().ShouldBe(-1);
    }

    [Fact]
    public void Without_any_holder_the_speaker_stays_unknown()
    {
        var (_, entry) = Merge(("b.txt", ByRole));
        entry.QuoteSpeakers.Single().ShouldBe(-1);
    }
}
