using System.Text;
using Corpus.Extraction.Findings;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Random documents built from marks, words and punctuation: no exceptions, and every span is sound.</summary>
public class QuoteRobustnessTests
{
    private static readonly string[] Alphabet =
    {
        "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‹", "›", " ", " ", " ", ",", ".", ":", ";", "—", "(", ")", "\n", "\r\n", "\n\n",
        "said", "he", "she", "Smith", "Jane Doe", "the minister", "told", "according to", "Mr.", "it", "they", "officials",
        "and", "the", "s", "don", "t", "90", "The", "Ministry", "of", "Health", "wrote", "added", "…", "!", "?",
    };

    [Fact]
    public void Random_documents_give_sound_spans()
    {
        var random = new Random(7);
        for (var doc = 0; doc < 3000; doc++)
        {
            var sb = new StringBuilder();
            var length = random.Next(1, 60);
            for (var k = 0; k < length; k++) sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            var text = sb.ToString();
            var (article, analysis) = QuoteHarness.Run(text);
            var paragraphs = QuoteHarness.Paragraphs(article);
            var previousStart = -1;
            foreach (var a in analysis.Attributions)
            {
                a.Quote.Segments.Count.ShouldBeGreaterThan(0, text);
                a.Quote.Span.Start.ShouldBeGreaterThanOrEqualTo(previousStart, text);
                previousStart = a.Quote.Span.Start;
                foreach (var segment in a.Quote.Segments)
                {
                    segment.Length.ShouldBeGreaterThan(0, text);
                    paragraphs.Count(p => p.Span.Start <= segment.Start && segment.End <= p.Span.End).ShouldBe(1, text);
                }
                a.Quote.Text.ShouldBe(string.Join(" ", a.Quote.Segments.Select(article.Slice)), text);
                if (a.Quote.IsFragment) a.SpeakerName.ShouldBeNull(text);
            }
            foreach (var f in analysis.Findings)
            {
                if (f.Id == FindingCatalog.UnbalancedQuote)
                {
                    f.Span.Length.ShouldBe(1, text);
                    Alphabet.Take(11).ShouldContain(text[f.Span.Start].ToString(), text);
                }
                else
                {
                    f.Id.ShouldBe(FindingCatalog.UnknownSpeaker, text);
                }
            }
        }
    }
}
