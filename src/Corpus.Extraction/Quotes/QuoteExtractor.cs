using System.Collections.Generic;
using System.Text;
using System.Threading;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;
using Corpus.Extraction.Participants;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Finds direct quotes in the paragraphs and attributes each to a speaker. Stages: pair the marks
    /// (<see cref="MarkScanner"/>); per paragraph, read the narrative between quotes for names and
    /// speech (<see cref="NarrativeScanner"/>) and choose each quote's attribution and fragment flag
    /// (<see cref="AttributionChooser"/>); resolve names, pronouns and roles in text order
    /// (<see cref="Discourse"/>); assign speakers and continuations (<see cref="SpeakerAssigner"/>),
    /// linked to participant entities. Linear in the text: every window is a gap between quotes.
    /// </summary>
    public static class QuoteExtractor
    {
        private const int ShortQuote = 60;

        public static QuoteExtraction Extract(ArticleText text, IReadOnlyList<ParagraphSpec> paragraphs, ParticipantExtraction participants, CancellationToken cancellationToken = default)
            => Analyze(text, paragraphs, participants, cancellationToken).ToExtraction();

        /// <summary>Like <see cref="Extract"/>, also giving each quote's speaker as text (for tests and tools).</summary>
        public static QuoteAnalysis Analyze(ArticleText text, IReadOnlyList<ParagraphSpec> paragraphs, ParticipantExtraction participants, CancellationToken cancellationToken = default)
        {
            var findings = new List<Finding>();
            var raw = MarkScanner.Scan(text, paragraphs, findings, cancellationToken);
            raw.Sort((a, b) => a.Start.CompareTo(b.Start));
            var states = new QuoteState[raw.Count];
            var byParagraph = new List<int>?[paragraphs.Count];
            for (var i = 0; i < raw.Count; i++)
            {
                states[i] = new QuoteState(raw[i], JoinSegments(text, raw[i]));
                for (var p = raw[i].FirstParagraph; p <= raw[i].LastParagraph; p++) (byParagraph[p] ??= new List<int>()).Add(i);
            }

            var discourse = new Discourse();
            var linker = new EntityLinker(participants);
            var resolved = new Dictionary<int, Referent?>();
            var lastSpeakerParagraph = -1;
            Referent? introduced = null;
            // Per-paragraph working lists, emptied for each paragraph rather than allocated anew.
            var none = new List<int>();
            var events = new List<(SpeakerPhrase Phrase, bool Speaker)>();
            var byStart = new Dictionary<int, Item>();
            var items = new List<Item>();
            for (var p = 0; p < paragraphs.Count; p++)
            {
                if ((p & 31) == 0) cancellationToken.ThrowIfCancellationRequested();
                var span = paragraphs[p].Span;
                discourse.CurrentParagraph = p;
                discourse.ParagraphStart = span.Start;
                var inside = byParagraph[p] ?? none;
                var gaps = Gaps(text, span, inside, states, p);
                events.Clear();
                foreach (var gap in gaps) NarrativeScanner.Scan(gap, events);
                AttributionChooser.Choose(text.Value, states, inside, gaps, p);
                if (p > 0) CreditLine(text, paragraphs[p - 1].Span, byParagraph[p - 1], states, gaps[0], p - 1, events);

                var narrativeWords = 0;
                foreach (var gap in gaps) narrativeWords += AttributionChooser.Words(gap);
                var ordered = Order(events, states, inside, p, span.Start, byStart, items);
                Referent? person = null;
                Referent? subject = null;
                var people = 0;
                var spoke = false;
                Referent? label = null;
                foreach (var item in ordered)
                {
                    if (item.Quote >= 0)
                    {
                        var q = states[item.Quote];
                        q.Previous = discourse.LastSpeaker;
                        q.PreviousParagraph = lastSpeakerParagraph;
                        q.QuoteOnlyParagraph = narrativeWords <= 2;
                        q.OpensParagraph = q.Raw.FirstParagraph == p && q.Raw.LeftEdge <= span.Start + 1;
                        q.Introduced = introduced;
                        continue;
                    }
                    var r = discourse.Resolve(item.Phrase!, item.Speaker);
                    resolved[item.Phrase!.Start] = r;
                    if (item.Speaker && r != null) lastSpeakerParagraph = p;
                    spoke |= item.Speaker;
                    if (r != null && (r.Kind == PhraseKind.Person || ((r.Kind == PhraseKind.Name || r.Kind == PhraseKind.Role) && r.LastSpoke >= 0)) && item.Phrase!.IsSubject && subject is null) subject = r;
                    if (r != null && r.Kind == PhraseKind.Person && r != person)
                    {
                        person = r;
                        people++;
                    }
                    if (r != null && r.Kind == PhraseKind.Person && LabelEnd(text, item.Phrase!.End, span.End)) label = r;
                }
                var quoteOnly = !spoke && inside.Count > 0 && narrativeWords <= 2;
                if (quoteOnly && introduced != null)
                {
                    // The introduced person now speaks: later quote-only paragraphs continue them.
                    discourse.MarkSpoke(introduced, span.Start);
                    lastSpeakerParagraph = p;
                }
                else if (quoteOnly && lastSpeakerParagraph == p - 1)
                {
                    // A run of quote-only paragraphs continues one speaker however long it is.
                    lastSpeakerParagraph = p;
                }
                // A paragraph that introduces one person, then quote-only paragraphs: they are that person's.
                // (A paragraph whose only quotes are fragments introduces too: "A moved to defer it "for a week".")
                var narrativeOnly = inside.Count == 0 || OnlyFragments(states, inside, p);
                introduced = !spoke && narrativeOnly ? (label ?? (people == 1 ? person : null)) : null;
                // The person a narrative paragraph was about stays in view through quote-only paragraphs.
                if (!quoteOnly)
                {
                    discourse.Carried = !spoke && inside.Count == 0 ? subject ?? introduced : null;
                    // "Councillor A B tried to calm the room." then "She said: …": a named subject first met in that paragraph.
                    discourse.CarriedIsNew = discourse.Carried != null && discourse.Carried == subject && subject.Kind == PhraseKind.Person && subject.SpanStart >= span.Start;
                }
            }

            SpeakerAssigner.Assign(states, resolved, linker);
            return Build(text, states, findings);
        }

        /// <summary>
        /// A credit line under a quote that fills its paragraph: <c>"…"</c> then a paragraph <c>— Judge A B, writing for the court …</c>
        /// or <c>— A B commenting on …</c> (quote collections, pull quotes). The phrase after the dash is the speaker.
        /// </summary>
        private static void CreditLine(ArticleText text, SourceSpan previous, List<int>? quotes, QuoteState[] states, QuoteToken[] gap, int p, List<(SpeakerPhrase Phrase, bool Speaker)> events)
        {
            if (quotes is null || gap.Length < 2 || !(gap[0].IsPunct('\u2014') || gap[0].IsPunct('\u2013') || gap[0].IsPunct('-'))) return;
            var q = states[quotes[quotes.Count - 1]];
            if (q.Raw.LastParagraph != p || q.IsFragment || q.Phrase != null || states[quotes[0]].Raw.LeftEdge > previous.Start + 1) return;
            for (var k = q.Raw.RightEdge; k < previous.End; k++)
            {
                if (char.IsLetterOrDigit(text[k])) return;
            }
            var phrase = PhraseReader.Forward(gap, 1, gap.Length);
            if (phrase is null || phrase.Kind == PhraseKind.Pronoun) return;
            if (phrase.EndToken < gap.Length && gap[phrase.EndToken].IsPunct(','))
            {
                var role = PhraseReader.Forward(gap, phrase.EndToken + 1, gap.Length);
                if (role != null && role.Kind == PhraseKind.Role && (phrase.Kind == PhraseKind.Person || phrase.Kind == PhraseKind.Name)) PhraseReader.Absorb(phrase, role);
            }
            foreach (var qi in quotes)
            {
                var each = states[qi];
                if (each.Raw.LastParagraph != p || each.IsFragment || each.Phrase != null) continue;
                each.Phrase = phrase;
                each.Strict = true;
            }
            events.Add((phrase, true));
        }

        /// <summary>Every quote of the paragraph is a fragment that opens and closes in it.</summary>
        private static bool OnlyFragments(QuoteState[] states, IReadOnlyList<int> inside, int p)
        {
            foreach (var qi in inside)
            {
                var q = states[qi];
                if (!q.IsFragment || q.Raw.FirstParagraph != p || q.Raw.LastParagraph != p) return false;
            }
            return true;
        }

        /// <summary>A speaker label: the name is all that is left of its paragraph but a colon (<c>HEAD COACH, A B:</c>).</summary>
        private static bool LabelEnd(ArticleText text, int end, int paragraphEnd)
        {
            var k = end;
            while (k < paragraphEnd && char.IsWhiteSpace(text[k])) k++;
            return k == paragraphEnd - 1 && text[k] == ':';
        }

        /// <summary>Narrative tokens of a paragraph: before the first quote, between quotes, after the last.</summary>
        private static List<QuoteToken[]> Gaps(ArticleText text, SourceSpan span, List<int> inside, QuoteState[] states, int p)
        {
            var gaps = new List<QuoteToken[]>(inside.Count + 1);
            var from = span.Start;
            foreach (var qi in inside)
            {
                var q = states[qi].Raw;
                var left = q.FirstParagraph == p ? q.LeftEdge : span.Start;
                gaps.Add(QuoteTokenizer.Uncapitalise(QuoteTokenizer.Tokenize(text.Value, from, System.Math.Max(from, left))));
                from = q.LastParagraph == p ? q.RightEdge : span.End;
            }
            gaps.Add(QuoteTokenizer.Uncapitalise(QuoteTokenizer.Tokenize(text.Value, System.Math.Min(from, span.End), span.End)));
            return gaps;
        }

        private struct Item
        {
            public int At;
            public SpeakerPhrase? Phrase;
            public bool Speaker;
            public int Quote;
        }

        /// <summary>Phrases (deduplicated by position, attributions win) and quote starts, in text order.</summary>
        private static List<Item> Order(List<(SpeakerPhrase Phrase, bool Speaker)> events, QuoteState[] states, List<int> inside, int p, int paragraphStart, Dictionary<int, Item> byStart, List<Item> items)
        {
            // The caller's dictionary and list, emptied: a cleared dictionary enumerates in insertion order like a new one.
            byStart.Clear();
            items.Clear();
            foreach (var e in events) Merge(byStart, e.Phrase, e.Speaker, prefer: e.Speaker);
            foreach (var qi in inside)
            {
                var q = states[qi];
                if (q.Phrase != null && q.Phrase.Start >= paragraphStart && q.Raw.LastParagraph == p && !q.IsFragment) Merge(byStart, q.Phrase, true, prefer: true);
            }
            items.AddRange(byStart.Values);
            foreach (var qi in inside)
            {
                if (states[qi].Raw.FirstParagraph == p) items.Add(new Item { At = states[qi].Raw.Start, Quote = qi });
            }
            items.Sort((a, b) => a.At.CompareTo(b.At));
            return items;
        }

        private static void Merge(Dictionary<int, Item> byStart, SpeakerPhrase phrase, bool speaker, bool prefer = false)
        {
            if (byStart.TryGetValue(phrase.Start, out var existing))
            {
                existing.Speaker |= speaker;
                if (prefer || phrase.End > existing.Phrase!.End) existing.Phrase = phrase;
                byStart[phrase.Start] = existing;
                return;
            }
            byStart[phrase.Start] = new Item { At = phrase.Start, Phrase = phrase, Speaker = speaker, Quote = -1 };
        }

        private static QuoteAnalysis Build(ArticleText text, QuoteState[] states, List<Finding> findings)
        {
            var result = new List<QuoteAttribution>(states.Length);
            foreach (var q in states)
            {
                var segments = new SourceSpan[q.Raw.Segments.Count];
                for (var k = 0; k < segments.Length; k++) segments[k] = text.Span(q.Raw.Segments[k].Start, q.Raw.Segments[k].End - q.Raw.Segments[k].Start);
                var spec = new QuoteSpec(q.Text, new EquatableArray<SourceSpan>(segments), q.IsFragment, q.SpeakerEntity, q.IsFragment ? AttributionKind.None : q.Kind, q.IsFragment ? null : q.SpeakerName);
                var phrase = q.Kind == AttributionKind.Continuation ? null : q.Phrase;
                result.Add(new QuoteAttribution(spec, q.IsFragment ? null : q.SpeakerName, phrase?.Start ?? -1, phrase is null ? 0 : phrase.End - phrase.Start));
                if (!q.IsFragment && q.SpeakerName is null)
                {
                    // Located on the whole quote, marks included.
                    var from = q.Raw.OpenMark >= 0 ? q.Raw.OpenMark : q.Raw.Start;
                    var to = q.Raw.CloseMark >= 0 ? q.Raw.CloseMark + 1 : q.Raw.End;
                    findings.Add(Finding.Create(FindingCatalog.UnknownSpeaker, text.Span(from, to - from), Shorten(q.Text)));
                }
            }
            return new QuoteAnalysis(result, findings);
        }

        private static string JoinSegments(ArticleText text, RawQuote raw)
        {
            if (raw.Segments.Count == 1) return text.Value.Substring(raw.Segments[0].Start, raw.Segments[0].End - raw.Segments[0].Start);
            var sb = new StringBuilder();
            foreach (var (start, end) in raw.Segments)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(text.Value, start, end - start);
            }
            return sb.ToString();
        }

        private static string Shorten(string s) => s.Length <= ShortQuote ? s : s.Substring(0, ShortQuote - 1).TrimEnd() + "\u2026";
    }
}
