using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.CorpusMerge;

/// <summary>Builds article models with chosen quotes, independent of the quote extractor's accuracy.</summary>
public static class ModelBuilder
{
    public static ArticleModel WithQuotes(string path, string text, params string[] quotes)
    {
        var model = ArticleExtractor.Extract(path, text);
        var articleText = new ArticleText(text);
        var specs = quotes.Select(q =>
        {
            var start = text.IndexOf(q, StringComparison.Ordinal);
            start.ShouldBeGreaterThanOrEqualTo(0, $"quote '{q}' not in text");
            return new QuoteSpec(q, new EquatableArray<SourceSpan>([articleText.Span(start, q.Length)]), false, -1, AttributionKind.None);
        });
        return model with { Quotes = EquatableArray.From(specs) };
    }
}
