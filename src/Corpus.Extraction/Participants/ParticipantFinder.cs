using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Participants
{
    /// <summary>
    /// Finds people, organisations, countries and places named in an article's paragraphs, the way news
    /// names them: titled and plain full names, honorific or title + surname, surnames after a full
    /// mention, role nouns standing for a known holder, gazetteer countries/places/organisations,
    /// demonyms (linked as adjectives) and organisations or places known by their head word.
    /// Linear in the text: one tokenising pass, one scan per paragraph, one linking pass.
    /// </summary>
    public static class ParticipantFinder
    {
        public static ParticipantExtraction Find(ArticleText text, IReadOnlyList<ParagraphSpec> paragraphs, CancellationToken cancellationToken = default)
        {
            var pieces = new List<Piece>();
            var runTogether = new List<(int Start, int Length, string Word)>();
            // One token list for all paragraphs, kept per thread between articles (taken while in use):
            // pieces keep offsets and strings, never the tokens.
            var tokens = _tokens ?? new List<Token>();
            _tokens = null;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                if ((p & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
                var paragraph = paragraphs[p];
                Tokenizer.Tokenize(paragraph.Text, paragraph.Span.Start, runTogether, tokens);
                RunScanner.Scan(text.Value, tokens, IsHeadline(tokens), pieces);
            }
            // Emptied so it holds no strings; a very long paragraph's list is not kept (at most about 80 KB per thread).
            tokens.Clear();
            if (tokens.Capacity <= 2048) _tokens = tokens;
            pieces.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));

            var linker = new ArticleLinker(text.Value);
            linker.Link(pieces);

            var findings = new List<Finding>();
            foreach (var (start, length, word) in runTogether)
                findings.Add(Finding.Create(FindingCatalog.RunTogether, text.Span(start, length), word));
            return linker.Build(text, findings);
        }

        [System.ThreadStatic]
        private static List<Token>? _tokens;

        /// <summary>A paragraph in headline style: every longer word capitalised. Only known names count there.</summary>
        private static bool IsHeadline(List<Token> tokens)
        {
            var words = 0;
            var capitalised = 0;
            foreach (var t in tokens)
            {
                if (!t.IsWord || t.Text.Length < 4) continue;
                words++;
                if (t.IsCapitalized) capitalised++;
            }
            // News sentences full of titles still have lower-case verbs ("arrived"); Title Case has none.
            return capitalised >= 4 && capitalised == words;
        }
    }
}
