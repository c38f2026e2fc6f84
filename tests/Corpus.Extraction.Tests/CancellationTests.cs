using Corpus.Extraction.CorpusMerge;

namespace Corpus.Extraction.Tests;

/// <summary>The IDE cancels on every keystroke: long work must stop when asked.</summary>
public class CancellationTests
{
    [Fact]
    public void Extraction_of_a_long_article_observes_cancellation()
    {
        var text = string.Join("\n", Enumerable.Range(0, 50_000).Select(i => $"Paragraph {i} says something new."));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Should.Throw<OperationCanceledException>(() => ArticleExtractor.Extract("t.txt", text, cancellationToken: cts.Token));
    }

    [Fact]
    public void Corpus_merge_observes_cancellation()
    {
        var articles = Enumerable.Range(0, 300).Select(i => ArticleExtractor.Extract($"a{i}.txt", $"Story {i}\n\nParagraph of story {i}.\n")).ToList();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Should.Throw<OperationCanceledException>(() => CorpusMerger.Merge(articles, cts.Token));
    }
}
