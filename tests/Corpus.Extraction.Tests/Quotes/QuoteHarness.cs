using Corpus.Extraction.Model;
using Corpus.Extraction.Parsing;
using Corpus.Extraction.Participants;
using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Runs the quote extractor on test text: every non-blank line is a paragraph.</summary>
public static class QuoteHarness
{
    public static (ArticleText Text, QuoteAnalysis Analysis) Run(string text, ParticipantExtraction? participants = null)
    {
        var article = new ArticleText(text);
        return (article, QuoteExtractor.Analyze(article, Paragraphs(article), participants ?? ParticipantExtraction.Empty));
    }

    /// <summary>A seed article through the real document parser.</summary>
    public static QuoteAnalysis RunDocument(string text)
    {
        var article = new ArticleText(text);
        var doc = DocumentParser.Parse(article);
        return QuoteExtractor.Analyze(article, doc.Paragraphs, ParticipantExtraction.Empty);
    }

    public static List<ParagraphSpec> Paragraphs(ArticleText text)
    {
        var list = new List<ParagraphSpec>();
        for (var line = 1; line <= text.LineCount; line++)
        {
            int start = text.LineStart(line), end = text.LineEnd(line);
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start) list.Add(new ParagraphSpec(text.Slice(start, end - start), text.Span(start, end - start)));
        }
        return list;
    }

    /// <summary>Lower-case words with punctuation stripped from their edges.</summary>
    public static List<string> Words(string s)
    {
        var words = new List<string>();
        foreach (var raw in s.Replace('\u2019', '\'').Replace('\u2018', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            int a = 0, b = raw.Length;
            while (a < b && !char.IsLetterOrDigit(raw[a])) a++;
            while (b > a && !char.IsLetterOrDigit(raw[b - 1])) b--;
            if (b > a) words.Add(raw.Substring(a, b - a).ToLowerInvariant());
        }
        return words;
    }

    /// <summary>Same words; "first … last" matches on both ends.</summary>
    public static bool TextMatches(string expected, string actual)
    {
        var got = Words(actual);
        var parts = expected.Split(new[] { "\u2026", "..." }, StringSplitOptions.None);
        if (parts.Length == 1) return Words(expected).SequenceEqual(got);
        var head = Words(parts[0]);
        var tail = Words(parts[^1]);
        return got.Count >= head.Count + tail.Count && got.Take(head.Count).SequenceEqual(head) && got.Skip(got.Count - tail.Count).SequenceEqual(tail);
    }

    /// <summary>Surname (last word) or containment either way; "-" expects no speaker.</summary>
    public static bool SpeakerMatches(string expected, string? actual)
    {
        if (expected == "-") return actual is null;
        if (actual is null) return false;
        var e = Words(expected).Where(w => w != "the").ToList();
        var a = Words(actual).Where(w => w != "the").ToList();
        if (e.Count == 0 || a.Count == 0) return false;
        if (e[^1] == a[^1]) return true;
        var es = string.Join(" ", e);
        var @as = string.Join(" ", a);
        return (" " + es + " ").Contains(" " + @as + " ") || (" " + @as + " ").Contains(" " + es + " ");
    }
}
