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
    /// Finds direct quotes in the paragraphs and attributes each to a speaker. Stages: pair the
    /// marks (<see cref="MarkScanner"/>), read the narrative around each quote for an attribution
    /// (<see cref="AttributionFinder"/>), resolve names, pronouns and roles in text order
    /// (<see cref="Discourse"/>), continue the last speaker into unattributed quotes, link speakers
    /// to participant entities. Linear in the text: every window is a gap between quotes.
    /// </summary>
    public static class QuoteExtractor
    {
        /// <summary>
        /// The fragment rule: a quote of at most this many words, not attributed against a speech verb
        /// (<c>"…," she said</c>, <c>She said: "…"</c>), and embedded in a sentence (words before it in its
        /// sentence, or the sentence running on right after it) is a term or scare quote, not a statement.
        /// Multi-paragraph quotes are never fragments.
        /// </summary>
        internal const int FragmentMaxWords = 5;

        /// <summary>How many paragraphs back a continued speaker may have last spoken.</summary>
        private const int ContinuationParagraphs = 4;

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
            for (var p = 0; p < paragraphs.Count; p++)
            {
                if ((p & 31) == 0) cancellationToken.ThrowIfCancellationRequested();
                var span = paragraphs[p].Span;
                discourse.CurrentParagraph = p;
                var inside = byParagraph[p] ?? (IReadOnlyList<int>)System.Array.Empty<int>();
                var gaps = Gaps(text, span, inside, states, p);
                var events = new List<(SpeakerPhrase Phrase, bool Speaker)>();
                foreach (var gap in gaps) NarrativeScanner.Scan(gap, events);
                Attribute(states, inside, gaps, p);

                var narrativeWords = 0;
                foreach (var gap in gaps) narrativeWords += Words(gap);
                var ordered = Order(events, states, inside, p, span.Start);
                Referent? person = null;
                var people = 0;
                var spoke = false;
                foreach (var item in ordered)
                {
                    if (item.Quote >= 0)
                    {
                        var q = states[item.Quote];
                        q.Previous = discourse.LastSpeaker;
                        q.PreviousParagraph = lastSpeakerParagraph;
                        q.QuoteOnlyParagraph = narrativeWords <= 2;
                        q.Introduced = introduced;
                        continue;
                    }
                    var r = discourse.Resolve(item.Phrase!, item.Speaker);
                    resolved[item.Phrase!.Start] = r;
                    if (item.Speaker && r != null) lastSpeakerParagraph = p;
                    spoke |= item.Speaker;
                    if (r != null && r.Kind == PhraseKind.Person && r != person)
                    {
                        person = r;
                        people++;
                    }
                }
                // A paragraph that introduces one person, then quote-only paragraphs: they are that person's.
                introduced = !spoke && inside.Count == 0 && people == 1 ? person : null;
            }

            Finish(states, resolved, linker);
            return Build(text, states, findings);
        }

        /// <summary>Narrative tokens of a paragraph: before the first quote, between quotes, after the last.</summary>
        private static List<QuoteToken[]> Gaps(ArticleText text, SourceSpan span, IReadOnlyList<int> inside, QuoteState[] states, int p)
        {
            var gaps = new List<QuoteToken[]>(inside.Count + 1);
            var from = span.Start;
            foreach (var qi in inside)
            {
                var q = states[qi].Raw;
                var left = q.FirstParagraph == p ? q.LeftEdge : span.Start;
                gaps.Add(QuoteTokenizer.Tokenize(text.Value, from, System.Math.Max(from, left)));
                from = q.LastParagraph == p ? q.RightEdge : span.End;
            }
            gaps.Add(QuoteTokenizer.Tokenize(text.Value, System.Math.Min(from, span.End), span.End));
            return gaps;
        }

        /// <summary>Chooses each quote's attributing phrase and decides fragments.</summary>
        private static void Attribute(QuoteState[] states, IReadOnlyList<int> inside, List<QuoteToken[]> gaps, int p)
        {
            for (var j = 0; j < inside.Count; j++)
            {
                var q = states[inside[j]];
                if (q.Raw.FirstParagraph != p && q.Raw.LastParagraph != p) continue;
                SpeakerPhrase? after = null, before = null;
                var beforeStrict = false;
                var after0 = gaps[j + 1];
                if (q.Raw.LastParagraph == p)
                {
                    after = q.Raw.CloseMark >= 0 ? AttributionFinder.After(after0) : null;
                    var last = q.Text[q.Text.Length - 1];
                    q.EmbeddedAfter = after0.Length > 0 && after0[0].IsWord && ".!?\u2026,;:".IndexOf(last) < 0;
                    if (j + 1 < inside.Count && Words(after0) == 0 && states[inside[j + 1]].Raw.FirstParagraph == p) q.AdjacentToNext = true;
                }
                if (q.Raw.FirstParagraph == p)
                {
                    var gap = gaps[j];
                    before = q.Raw.OpenMark >= 0 ? AttributionFinder.Before(gap, out beforeStrict) : null;
                    var s0 = AttributionFinder.SentenceStart(gap, gap.Length);
                    var words = false;
                    for (var k = s0; k < gap.Length; k++) words |= gap[k].IsWord;
                    q.EmbeddedBefore = words && !(gap.Length > 0 && gap[gap.Length - 1].IsPunct(':'));
                }
                if (q.Raw.LastParagraph != p)
                {
                    // A multi-paragraph quote is decided in its last paragraph; keep the lead-in until then.
                    q.Phrase = before;
                    q.Strict = beforeStrict;
                    continue;
                }

                var endsWithComma = q.Text[q.Text.Length - 1] == ',' || (after0.Length > 0 && after0[0].IsPunct(','));
                var beforePhrase = q.Raw.FirstParagraph == p ? before : q.Phrase;
                var beforeWasStrict = q.Raw.FirstParagraph == p ? beforeStrict : q.Strict;
                var multi = q.Raw.FirstParagraph != q.Raw.LastParagraph;
                var words5 = WordCount(q.Text) <= FragmentMaxWords;
                if (after != null && (endsWithComma || !beforeWasStrict))
                {
                    q.Phrase = after;
                    q.Strict = true;
                }
                else if (beforePhrase != null && beforeWasStrict)
                {
                    q.Phrase = beforePhrase;
                    q.Strict = true;
                }
                else if (beforePhrase != null && (!words5 || multi))
                {
                    q.Phrase = beforePhrase;
                    q.Strict = false;
                }
                else
                {
                    q.Phrase = null;
                    q.Strict = false;
                }
                q.IsFragment = !multi && words5 && !q.Strict && (q.EmbeddedBefore || q.EmbeddedAfter);
                if (q.IsFragment) q.Phrase = null;
            }
        }

        private struct Item
        {
            public int At;
            public SpeakerPhrase? Phrase;
            public bool Speaker;
            public int Quote;
        }

        /// <summary>Phrases (deduplicated by position, attributions win) and quote starts, in text order.</summary>
        private static List<Item> Order(List<(SpeakerPhrase Phrase, bool Speaker)> events, QuoteState[] states, IReadOnlyList<int> inside, int p, int paragraphStart)
        {
            var byStart = new Dictionary<int, Item>();
            foreach (var e in events) Merge(byStart, e.Phrase, e.Speaker, prefer: e.Speaker);
            foreach (var qi in inside)
            {
                var q = states[qi];
                if (q.Phrase != null && q.Phrase.Start >= paragraphStart && q.Raw.LastParagraph == p && !q.IsFragment) Merge(byStart, q.Phrase, true, prefer: true);
            }
            var items = new List<Item>(byStart.Values);
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

        /// <summary>Speakers from attributions, then continuations, then entity links.</summary>
        private static void Finish(QuoteState[] states, Dictionary<int, Referent?> resolved, EntityLinker linker)
        {
            foreach (var q in states)
            {
                if (q.IsFragment || q.Phrase is null) continue;
                resolved.TryGetValue(q.Phrase.Start, out var r);
                q.Speaker = r;
                q.Kind = q.Phrase.Kind == PhraseKind.Pronoun ? AttributionKind.Pronoun
                    : q.Phrase.Kind == PhraseKind.Role && r != null && r.Kind != PhraseKind.Role ? AttributionKind.Role
                    : AttributionKind.Explicit;
                if (r != null)
                {
                    q.SpeakerName = r.Name;
                    q.SpeakerEntity = linker.Link(r, q.Phrase, q.Raw.Start);
                    if (r.Kind == PhraseKind.Role && q.SpeakerEntity >= 0)
                    {
                        // Only the participant finder knew who holds the role.
                        q.SpeakerName = linker.NameOf(q.SpeakerEntity);
                        q.Kind = AttributionKind.Role;
                    }
                }
                else if (q.Phrase.Kind == PhraseKind.Pronoun && !linker.IsEmpty)
                {
                    q.SpeakerEntity = linker.LastPersonBefore(q.Phrase.Start);
                    if (q.SpeakerEntity >= 0) q.SpeakerName = linker.NameOf(q.SpeakerEntity);
                }
                if (q.SpeakerName is null) q.Kind = AttributionKind.None;
            }

            // "…." "…," X said: the first quote shares the next one's speaker.
            for (var i = states.Length - 2; i >= 0; i--)
            {
                var q = states[i];
                var next = states[i + 1];
                if (q.IsFragment || q.SpeakerName != null || !q.AdjacentToNext || next.SpeakerName is null) continue;
                Continue(q, next.Speaker, next.SpeakerName, next.SpeakerEntity);
            }

            var attributedParagraph = -1; // last paragraph where a statement so far had a speaker
            for (var i = 0; i < states.Length; i++)
            {
                var q = states[i];
                var attributedBefore = i > 0 && attributedParagraph == q.Raw.FirstParagraph && states[i - 1].Raw.LastParagraph == q.Raw.FirstParagraph;
                if (!q.IsFragment && q.SpeakerName != null) attributedParagraph = q.Raw.LastParagraph;
                if (q.IsFragment || q.SpeakerName != null) continue;
                if (q.QuoteOnlyParagraph && q.Introduced != null)
                {
                    Continue(q, q.Introduced, q.Introduced.Name, linker.Link(q.Introduced, null, q.Raw.Start));
                    attributedParagraph = q.Raw.LastParagraph;
                    continue;
                }
                if (q.Previous is null) continue;
                if (q.PreviousParagraph < q.Raw.FirstParagraph - ContinuationParagraphs) continue;
                if (!q.QuoteOnlyParagraph && !attributedBefore && q.PreviousParagraph != q.Raw.FirstParagraph) continue;
                Continue(q, q.Previous, q.Previous.Name, linker.Link(q.Previous, null, q.Raw.Start));
                attributedParagraph = q.Raw.LastParagraph;
            }
        }

        private static void Continue(QuoteState q, Referent? speaker, string? name, int entity)
        {
            q.Speaker = speaker;
            q.SpeakerName = name;
            q.SpeakerEntity = entity;
            q.Kind = AttributionKind.Continuation;
        }

        private static QuoteAnalysis Build(ArticleText text, QuoteState[] states, List<Finding> findings)
        {
            var result = new List<QuoteAttribution>(states.Length);
            foreach (var q in states)
            {
                var segments = new SourceSpan[q.Raw.Segments.Count];
                for (var k = 0; k < segments.Length; k++) segments[k] = text.Span(q.Raw.Segments[k].Start, q.Raw.Segments[k].End - q.Raw.Segments[k].Start);
                var spec = new QuoteSpec(q.Text, new EquatableArray<SourceSpan>(segments), q.IsFragment, q.SpeakerEntity, q.IsFragment ? AttributionKind.None : q.Kind);
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
            var sb = new StringBuilder();
            foreach (var (start, end) in raw.Segments)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(text.Value, start, end - start);
            }
            return sb.ToString();
        }

        internal static int WordCount(string s)
        {
            var count = 0;
            var inWord = false;
            foreach (var c in s)
            {
                if (char.IsWhiteSpace(c))
                {
                    inWord = false;
                }
                else if (!inWord && char.IsLetterOrDigit(c))
                {
                    inWord = true;
                    count++;
                }
            }
            return count;
        }

        private static int Words(QuoteToken[] tokens)
        {
            var n = 0;
            foreach (var t in tokens)
            {
                if (t.IsWord) n++;
            }
            return n;
        }

        private static string Shorten(string s) => s.Length <= ShortQuote ? s : s.Substring(0, ShortQuote - 1).TrimEnd() + "\u2026";
    }
}
