using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>The generated source, reviewed like code: approved files live in Snapshots/.</summary>
public class SnapshotTests
{
    [Fact]
    public void Small_corpus()
    {
        var run = GeneratorHarness.Run(
        [
            TestCorpora.Small("council.txt", TestCorpora.CouncilArticle),
            TestCorpora.Small("2nd story.txt", "Second story\n\nThe second story has one paragraph.\n"),
        ]);
        foreach (var source in run.Result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            Snapshot.Match(source.SourceText.ToString(), source.HintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Seeds_corpus_class()
    {
        var run = GeneratorHarness.Run(TestCorpora.Seeds);
        Snapshot.Match(run.CorpusClass(), "Corpus");
    }
}
