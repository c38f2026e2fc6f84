using Corpus.Extraction.Findings;
using FsCheck;
using FsCheck.Fluent;

namespace Corpus.Extraction.Tests.Parsing;

/// <summary>
/// Property: every non-blank line of an article ends up somewhere a user can see it: the title, a
/// header field, a paragraph, a heading, or a reported boilerplate block. Nothing is dropped silently.
/// </summary>
public class NothingIsLostTests
{
    private static readonly string[] Lines =
    [
        "The council approved the budget on Monday after a long debate.",
        "\u201CWe will keep every school open,\u201D the mayor said.",
        "What comes next",
        "Share this:", "Facebook", "Twitter", "Source link", "Please enter your comment!", "(Photo: City Hall)",
        "Date: 2021-03-09", "Title: Budget passes", "Source: The Daily Example", "March 3, 2020",
        "Budget passes after long night", "", "   ", "A line with no end punctuation but many words that goes on and on past the heading limit of twenty words surely",
        "R&D \u2014 caf\u00E9 na\u00EFve; it\u2019s 90\u2019s style.", "\u00E2\u20AC\u2122 mojibake here.", "x",
    ];

    [Fact]
    public void Every_non_blank_line_is_a_title_header_paragraph_heading_or_reported_boilerplate()
    {
        var gen = from lines in Gen.ListOf(Gen.Elements(Lines))
                  from newline in Gen.Elements("\n", "\r\n", "\r")
                  select string.Join(newline, lines);
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var article = ArticleExtractor.Extract("t.txt", text);
            var covered = new List<(int Start, int End)>();
            covered.AddRange(article.Paragraphs.Select(p => (p.Span.Start, p.Span.End)));
            covered.AddRange(article.Headings.Select(p => (p.Span.Start, p.Span.End)));
            covered.AddRange(article.Findings.Where(f => f.Id == FindingCatalog.Boilerplate).Select(f => (f.Span.Start, f.Span.End)));
            var lines = new Corpus.Extraction.Text.ArticleText(text);
            for (var line = 1; line <= lines.LineCount; line++)
            {
                var content = text.Substring(lines.LineStart(line), lines.LineEnd(line) - lines.LineStart(line)).Trim();
                if (content.Length == 0) continue;
                var start = lines.LineStart(line) + text.Substring(lines.LineStart(line)).IndexOf(content, StringComparison.Ordinal);
                var seen = covered.Any(c => c.Start <= start && start < Math.Max(c.End, c.Start + 1))
                    || content == article.Title
                    || IsHeaderField(content, article);
                if (!seen) return false;
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    private static bool IsHeaderField(string content, Model.ArticleModel article)
        => (article.Date != null && Corpus.Extraction.Parsing.DateRecognizer.Find(content, out _, out _) == article.Date)
           || (article.Source != null && content.EndsWith(article.Source, StringComparison.Ordinal))
           || (article.Title != null && content.EndsWith(article.Title, StringComparison.Ordinal));
}
