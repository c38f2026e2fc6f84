using System;
using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Parsing
{
    /// <summary>
    /// Splits an article into header (title, date, outlet), body paragraphs (one per non-blank line),
    /// boilerplate blocks and heading lines. Linear in the text.
    /// </summary>
    public static class DocumentParser
    {
        private const int MaxTitleWords = 30;
        private const int MaxHeadingWords = 20;
        private const int MaxHeaderDateWords = 12;

        public static ParsedDocument Parse(ArticleText text, CancellationToken cancellationToken = default)
        {
            string? title = null, date = null, source = null;
            var paragraphs = new List<ParagraphSpec>();
            var headings = new List<ParagraphSpec>();
            var findings = new List<Finding>();
            var inHeader = true;

            // The open boilerplate block: consecutive furniture lines, blank lines allowed between.
            int blockStart = -1, blockEnd = -1;
            string? blockKind = null, blockFirst = null;

            void CloseBlock()
            {
                if (blockStart < 0) return;
                findings.Add(Finding.Create(FindingCatalog.Boilerplate, text.Span(blockStart, blockEnd - blockStart), blockKind!, Shorten(blockFirst!)));
                blockStart = -1;
            }

            void AddBoilerplate(int start, int end, string kind)
            {
                if (blockStart < 0)
                {
                    blockStart = start;
                    blockKind = kind;
                    blockFirst = text.Slice(start, end - start);
                }
                blockEnd = end;
            }

            for (var line = 1; line <= text.LineCount; line++)
            {
                if ((line & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var start = text.LineStart(line);
                var end = text.LineEnd(line);
                while (start < end && char.IsWhiteSpace(text[start])) start++;
                while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
                if (start == end) continue;

                var content = text.Slice(start, end - start);

                if (inHeader && TryHeaderField(content, ref title, ref date, ref source))
                {
                    continue;
                }

                if (inHeader && date is null)
                {
                    var shareAt = BoilerplateRules.FindTrailingShare(content);
                    var head = shareAt > 0 ? content.Substring(0, shareAt) : content;
                    var found = DateRecognizer.Find(head, out _, out _);
                    if (found != null && BoilerplateRules.WordCount(head) <= MaxHeaderDateWords && !EndsSentence(head))
                    {
                        date = found;
                        if (shareAt > 0) AddBoilerplate(start + shareAt, end, "share buttons");
                        continue;
                    }
                }

                var kind = BoilerplateRules.Classify(content);
                if (kind != null)
                {
                    AddBoilerplate(start, end, kind);
                    continue;
                }

                CloseBlock();
                // Word counts matter only for lines that do not end a sentence (titles, headings): most lines are not counted.
                var endsSentence = EndsSentence(content);
                var words = endsSentence ? 0 : BoilerplateRules.WordCount(content);
                if (inHeader && title is null && paragraphs.Count == 0 && !endsSentence && words <= MaxTitleWords)
                {
                    title = content;
                    continue;
                }

                // A line ending in a comma leads into what follows ("Her lawyer added," then a quote).
                if (!endsSentence && !content.EndsWith(",", StringComparison.Ordinal) && words <= MaxHeadingWords)
                {
                    var span = text.Span(start, end - start);
                    findings.Add(Finding.Create(FindingCatalog.HeadingLine, span, Shorten(content)));
                    headings.Add(new ParagraphSpec(content, span));
                    continue;
                }

                inHeader = false;
                paragraphs.Add(new ParagraphSpec(content, text.Span(start, end - start)));
            }
            CloseBlock();
            return new ParsedDocument(title, date, source, paragraphs, findings, headings);
        }

        /// <summary>Explicit header fields: <c>Title: …</c>, <c>Date: …</c>, <c>Source: …</c>.</summary>
        private static bool TryHeaderField(string content, ref string? title, ref string? date, ref string? source)
        {
            var colon = content.IndexOf(':');
            if (colon <= 0 || colon > 12) return false;
            var key = content.Substring(0, colon).Trim().ToLowerInvariant();
            var value = content.Substring(colon + 1).Trim();
            if (value.Length == 0) return false;
            switch (key)
            {
                // A field seen twice is not consumed again: the second line stays content, never dropped.
                case "title":
                case "headline":
                    if (title != null) return false;
                    title = value;
                    return true;
                case "date":
                case "published":
                    var iso = DateRecognizer.Parse(value);
                    if (iso is null || date != null) return false;
                    date = iso;
                    return true;
                case "source":
                case "outlet":
                case "publisher":
                    if (source != null) return false;
                    source = value;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>True when the line ends like a sentence (closing quotes and brackets looked through).</summary>
        internal static bool EndsSentence(string content)
        {
            var i = content.Length - 1;
            while (i >= 0 && (char.IsWhiteSpace(content[i]) || IsCloser(content[i]))) i--;
            if (i < 0) return false;
            switch (content[i])
            {
                case '.':
                case '!':
                case '?':
                case '\u2026':
                case ';':
                case ':':
                    return true;
                default:
                    // A line that ends on a closing quote mark after words is a quoted sentence.
                    return i < content.Length - 1 && IsQuoteMark(content[content.Length - 1]);
            }
        }

        private static bool IsCloser(char c) => IsQuoteMark(c) || c == ')' || c == ']';

        private static bool IsQuoteMark(char c)
            => c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u00BB' || c == '\u00AB' || c == '\u201E';

        private static string Shorten(string s) => s.Length <= 60 ? s : s.Substring(0, 57) + "...";
    }
}
