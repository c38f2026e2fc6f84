using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Gives each statement its speaker: the resolved attribution, else the next quote's speaker
    /// (<c>"…." "…," X said</c>), else the one person the previous paragraph introduced, else the
    /// last speaker for quote-only paragraphs and quotes after an attributed one in their paragraph.
    /// </summary>
    internal static class SpeakerAssigner
    {
        /// <summary>How many paragraphs back a continued speaker may have last spoken.</summary>
        private const int ContinuationParagraphs = 4;

        /// <summary>Speakers from attributions, then continuations, then entity links.</summary>
        public static void Assign(QuoteState[] states, Dictionary<int, Referent?> resolved, EntityLinker linker)
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
                // (Not when a quote before it in the paragraph has its own attribution: `"…," says A. "…"` stays with A.)
                if (q.QuoteOnlyParagraph && q.Introduced != null && !attributedBefore)
                {
                    Continue(q, q.Introduced, q.Introduced.Name, linker.Link(q.Introduced, null, q.Raw.Start));
                    attributedParagraph = q.Raw.LastParagraph;
                    continue;
                }
                if (q.Previous is null) continue;
                if (q.PreviousParagraph < q.Raw.FirstParagraph - ContinuationParagraphs) continue;
                // A paragraph that opens with an unattributed quote, right after the last speaker's paragraph, is theirs too,
                // whatever narrative follows the quote (`"We will start again." The charity works in …`).
                var opensAfterSpeaker = q.OpensParagraph && q.PreviousParagraph == q.Raw.FirstParagraph - 1;
                if (!q.QuoteOnlyParagraph && !attributedBefore && !opensAfterSpeaker && q.PreviousParagraph != q.Raw.FirstParagraph) continue;
                Continue(q, q.Previous, q.Previous.Name, linker.Link(q.Previous, null, q.Raw.Start));
                attributedParagraph = q.Raw.LastParagraph;
            }
            PullQuotes(states);
        }

        /// <summary>
        /// A pull quote or headline quote standing alone above the story (a quote-only paragraph before anyone has spoken)
        /// is the first attributed speaker's: the story names them when it repeats or continues their words.
        /// </summary>
        public static void PullQuotes(QuoteState[] states)
        {
            var first = -1;
            for (var i = 0; i < states.Length; i++)
            {
                var q = states[i];
                if (q.IsFragment) continue;
                if (q.SpeakerName != null && q.Kind == AttributionKind.Explicit) { first = i; break; }
                if (q.SpeakerName != null || !q.QuoteOnlyParagraph || q.Previous != null || q.Introduced != null) return;
            }
            if (first <= 0) return;
            var speaker = states[first];
            for (var i = 0; i < first; i++)
            {
                if (!states[i].IsFragment) Continue(states[i], speaker.Speaker, speaker.SpeakerName, speaker.SpeakerEntity);
            }
        }

        private static void Continue(QuoteState q, Referent? speaker, string? name, int entity)
        {
            q.Speaker = speaker;
            q.SpeakerName = name;
            q.SpeakerEntity = entity;
            q.Kind = AttributionKind.Continuation;
        }

    }
}
