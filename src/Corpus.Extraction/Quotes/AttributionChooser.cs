using System.Collections.Generic;

namespace Corpus.Extraction.Quotes
{
    /// <summary>Per paragraph: which phrase attributes each quote (after or before it), and which quotes are fragments.</summary>
    internal static class AttributionChooser
    {
        /// <summary>
        /// The fragment rule: a quote of at most this many words, not attributed against a speech verb
        /// (<c>"…," she said</c>, <c>She said: "…"</c>), and embedded in a sentence (words before it in its
        /// sentence, or the sentence running on right after it) is a term or scare quote, not a statement.
        /// Multi-paragraph quotes are never fragments.
        /// </summary>
        internal const int FragmentMaxWords = 5;

        /// <summary>Chooses each quote's attributing phrase and decides fragments.</summary>
        public static void Choose(string text, QuoteState[] states, IReadOnlyList<int> inside, List<QuoteToken[]> gaps, int p)
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
                    if (before is null && q.Raw.OpenMark >= 0 && j > 0 && SentenceRunsOn(gap, states[inside[j - 1]], p))
                    {
                        // `A B promised a "formal update" on Friday: "…"`, `…, and told the police, "…"`: the sentence
                        // began before the previous (embedded) quote; read it whole.
                        var whole = new QuoteToken[gaps[j - 1].Length + gap.Length];
                        gaps[j - 1].CopyTo(whole, 0);
                        gap.CopyTo(whole, gaps[j - 1].Length);
                        before = AttributionFinder.Before(whole, out beforeStrict);
                        // Against a speech verb only if this gap has one ("…, and told the police, "…""), not the earlier words.
                        if (beforeStrict && !HasSpeechVerb(gap)) beforeStrict = false;
                    }
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
                if (words5 && !multi && after != null && q.EmbeddedBefore && ReportsClause(after0, after))
                {
                    // `released "A Title," the chief executive acknowledged that …`: the verb has its own clause,
                    // and the short quote is a term in the sentence's opening phrase.
                    after = null;
                    beforeWasStrict = false;
                    beforePhrase = null;
                }
                if (words5 && !multi && beforeWasStrict && q.EmbeddedAfter && after0.Length > 0 && Lexicon.Auxiliaries.Contains(after0[0].Lower))
                {
                    // `said "A Title" has remained …`: the short quote is a term inside the reported clause.
                    beforeWasStrict = false;
                    beforePhrase = null;
                }
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
                if (q.Phrase != null && q.Phrase.TellsPronoun && q.Phrase == after) Answers(states, inside[j], q.Phrase);
                q.IsFragment = !multi && words5 && !q.Strict && (q.EmbeddedBefore || q.EmbeddedAfter || Subhead(text, q, gaps[j], after0)
                    || ListedAfter(states, inside, j, p, gaps[j]));
                if (q.IsFragment) q.Phrase = null;
            }
        }

        /// <summary>
        /// A short line that is nothing but a quote in single marks with no closing punctuation (<c>'No way back'</c>):
        /// a subheading, not a statement.
        /// </summary>
        private static bool Subhead(string text, QuoteState q, QuoteToken[] before, QuoteToken[] after)
        {
            if (q.Raw.OpenMark < 0 || QuoteMarks.Family(text[q.Raw.OpenMark]) != MarkFamily.Single || before.Length > 0 || after.Length > 0) return false;
            var last = q.Text[q.Text.Length - 1];
            return char.IsLetterOrDigit(last);
        }

        /// <summary>
        /// `"…?" A asked.` then `"…," she told him.`: the answer is told to the asker, so the pronoun is someone else.
        /// </summary>
        private static void Answers(QuoteState[] states, int index, SpeakerPhrase phrase)
        {
            if (index == 0) return;
            var question = states[index - 1];
            if (question.IsFragment || question.Phrase is null || question.Text.Length == 0) return;
            var k = question.Text.Length - 1;
            while (k > 0 && " \"'\u201D\u2019".IndexOf(question.Text[k]) >= 0) k--;
            if (question.Text[k] == '?') phrase.AskerAt = question.Phrase.Start;
        }

        /// <summary>
        /// `spelled “A,” “B” “C” and “D”`: a short quote right after a fragment of the same sentence, nothing but
        /// punctuation between them, is the next term of the list.
        /// </summary>
        private static bool ListedAfter(QuoteState[] states, IReadOnlyList<int> inside, int j, int p, QuoteToken[] gap)
        {
            if (j == 0) return false;
            var previous = states[inside[j - 1]];
            if (!previous.IsFragment || previous.Raw.LastParagraph != p) return false;
            foreach (var t in gap)
            {
                if (t.IsWord || t.EndsSentence) return false;
            }
            return true;
        }

        /// <summary>The attributing verb after the quote goes on with <c>that</c> and a clause of its own.</summary>
        private static bool ReportsClause(QuoteToken[] t, SpeakerPhrase phrase)
        {
            var v = phrase.EndToken;
            return v + 1 < t.Length && SpeechVerbs.IsSpeechVerb(t[v]) && t[v + 1].Is("that");
        }

        /// <summary>The gap continues the sentence of the previous quote, which sits inside this paragraph's narrative.</summary>
        private static bool SentenceRunsOn(QuoteToken[] gap, QuoteState previous, int p)
        {
            if (previous.Raw.FirstParagraph != p || previous.Raw.LastParagraph != p) return false;
            var last = previous.Text.Length > 0 ? previous.Text[previous.Text.Length - 1] : '.';
            if (".!?\u2026".IndexOf(last) >= 0) return false;
            foreach (var t in gap)
            {
                if (t.EndsSentence) return false;
            }
            return true;
        }

        private static bool HasSpeechVerb(QuoteToken[] gap)
        {
            foreach (var t in gap)
            {
                if (SpeechVerbs.IsSpeechVerb(t)) return true;
            }
            return false;
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

        public static int Words(QuoteToken[] tokens)
        {
            var n = 0;
            foreach (var t in tokens)
            {
                if (t.IsWord) n++;
            }
            return n;
        }

    }
}
