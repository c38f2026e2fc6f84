using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Participants;

public sealed class SeedParticipantsTests(ITestOutputHelper output)
{
    private static CorpusModel MergeSeeds()
        => CorpusMerger.Merge(SeedFiles.Paths.Select(p => ArticleExtractor.Extract(p, File.ReadAllText(p))));

    [Fact]
    public void Dump()
    {
        foreach (var p in SeedFiles.Paths)
        {
            var a = ArticleExtractor.Extract(p, File.ReadAllText(p));
            output.WriteLine("== " + Path.GetFileName(p));
            output.WriteLine(ParticipantDump.Describe(a));
            var text = new Corpus.Extraction.Text.ArticleText(a.Text);
            var x = Corpus.Extraction.Participants.ParticipantFinder.Find(text, a.Paragraphs.ToList(), default);
            output.WriteLine(ParticipantDump.Mentions(a.Text, x));
            foreach (var f in a.Findings.Where(f => f.Id == "CORPUS006")) output.WriteLine("finding " + string.Join(",", f.Arguments));
        }
        output.WriteLine("== merged");
        output.WriteLine(ParticipantDump.Describe(MergeSeeds()));
    }
}
