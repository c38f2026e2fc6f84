using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes
{
    /// <summary>A word or a punctuation character of narrative text, with absolute offsets.</summary>
    internal readonly struct QuoteToken
    {
        public QuoteToken(int start, int end, string text, bool isWord)
        {
            Start = start;
            _endAndWord = isWord ? ~end : end;
            Text = text;
            Lower = isWord && NeedsLowering(text) ? text.ToLowerInvariant().Replace('\u2019', '\'') : text;
        }

        /// <summary>A token whose <see cref="Lower"/> form the caller has already made (<see cref="LowerOf"/>).</summary>
        public QuoteToken(int start, int end, string text, string lower, bool isWord)
        {
            Start = start;
            _endAndWord = isWord ? ~end : end;
            Text = text;
            Lower = lower;
        }

        /// <summary>The <see cref="Lower"/> form of a word, from the pool: the word itself when it has nothing to lower.</summary>
        internal static string LowerOf(string word, StringPool pool)
        {
            // Kept with the pooled word after its first occurrence (the pool's last answer was this word).
            var slot = pool.LastSlot;
            var known = pool.LowerOf(slot, word);
            if (known != null) return known;
            var lower = word;
            if (NeedsLowering(word))
            {
                var buffer = pool.Buffer(word.Length);
                for (var k = 0; k < word.Length; k++)
                {
                    var c = word[k];
                    // Char by char as ToLowerInvariant does for words (letters, digits and joiners, no surrogates).
                    buffer[k] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
                }
                lower = pool.Get(buffer, word.Length);
            }
            pool.SetLower(slot, word, lower);
            return lower;
        }

        public int Start { get; }

        /// <summary>The end offset, complemented for a word: 24 bytes a token instead of 32 (a default token is no word).</summary>
        private readonly int _endAndWord;

        public int End => _endAndWord < 0 ? ~_endAndWord : _endAndWord;

        public string Text { get; }

        /// <summary>Lower-cased text, with curly apostrophes straightened.</summary>
        public string Lower { get; }

        public bool IsWord => _endAndWord < 0;

        public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

        public bool IsLowercase => IsWord && char.IsLower(Text[0]);

        public bool Is(string lower) => Lower == lower;

        public bool IsPunct(char c) => !IsWord && Text[0] == c;

        /// <summary>Sentence-ending punctuation (abbreviation periods belong to their word).</summary>
        public bool EndsSentence => !IsWord && (Text[0] == '.' || Text[0] == '!' || Text[0] == '?' || Text[0] == ';' || Text[0] == '\u2026');

        public bool IsPossessive => IsWord && Text.Length > 2 && (Lower.EndsWith("'s", System.StringComparison.Ordinal) || Lower.EndsWith("s'", System.StringComparison.Ordinal));

        public override string ToString() => Text;

        private static bool NeedsLowering(string text)
        {
            foreach (var c in text)
            {
                if (c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c) || c == '\u2019') return true;
            }
            return false;
        }
    }

    /// <summary>Splits a range of text into word and punctuation tokens; linear in the range.</summary>
    internal static class QuoteTokenizer
    {
        [System.ThreadStatic]
        private static List<QuoteToken>? _scratch;

        public static QuoteToken[] Tokenize(string text, int start, int end)
        {
            if (end <= start) return System.Array.Empty<QuoteToken>();
            // Words come from the thread's string pool (news repeats its words); one scratch list per thread.
            var pool = StringPool.Current;
            var tokens = _scratch ??= new List<QuoteToken>();
            tokens.Clear();
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                if (!char.IsLetterOrDigit(c))
                {
                    if (QuoteMarks.Family(c) == MarkFamily.None)
                    {
                        var mark = pool.Get(text, i, 1);
                        tokens.Add(new QuoteToken(i, i + 1, mark, mark, false));
                    }
                    i++;
                    continue;
                }
                var j = i + 1;
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d)) j++;
                    else if (IsJoiner(d) && j + 1 < end && char.IsLetterOrDigit(text[j + 1])) j++;
                    // "4,800": a thousands separator is inside the number, not a clause boundary.
                    else if (d == ',' && j + 1 < end && char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1])) j++;
                    else break;
                }
                if (j < end && text[j] == '.' && IsAbbreviation(text, i, j, pool)) j++;
                else if (j < end && (text[j] == '\'' || text[j] == '\u2019') && text[j - 1] == 's' && (j + 1 >= end || !char.IsLetterOrDigit(text[j + 1]))) j++;
                var word = pool.Get(text, i, j - i);
                tokens.Add(new QuoteToken(i, j, word, QuoteToken.LowerOf(word, pool), true));
                i = j;
            }
            var result = tokens.ToArray();
            tokens.Clear();
            if (tokens.Capacity > 4096) _scratch = null;
            return result;
        }

        /// <summary>
        /// A narrative stretch set all in capitals (a speaker label such as <c>HEAD COACH, A B:</c>, a shouted
        /// headline) reads as ordinary capitalised words, so its names are not taken for acronyms.
        /// </summary>
        public static QuoteToken[] Uncapitalise(QuoteToken[] tokens)
        {
            var words = 0;
            var long_ = 0;
            foreach (var t in tokens)
            {
                if (!t.IsWord) continue;
                var letters = 0;
                foreach (var c in t.Text)
                {
                    if (!char.IsLetter(c)) continue;
                    if (!char.IsUpper(c)) return tokens;
                    letters++;
                }
                if (letters == 0) continue;
                words++;
                if (letters >= 4) long_++;
            }
            if (words < 2 || long_ < 2) return tokens;
            var result = new QuoteToken[tokens.Length];
            for (var k = 0; k < tokens.Length; k++)
            {
                var t = tokens[k];
                result[k] = t.IsWord ? new QuoteToken(t.Start, t.End, TitleCase(t.Text), true) : t;
            }
            return result;
        }

        private static string TitleCase(string word)
        {
            var chars = word.ToLowerInvariant().ToCharArray();
            for (var k = 0; k < chars.Length; k++)
            {
                if (k == 0 || !char.IsLetterOrDigit(chars[k - 1]) && chars[k - 1] != '\'' && chars[k - 1] != '\u2019') chars[k] = char.ToUpperInvariant(chars[k]);
            }
            return new string(chars);
        }

        private static bool IsJoiner(char c) => c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011' || c == '.' || c == '&';

        private static bool IsAbbreviation(string text, int start, int end, StringPool pool)
        {
            var length = end - start;
            if (length == 1) return char.IsUpper(text[start]); // an initial: J. Smith
            for (var k = start; k < end; k++)
            {
                if (text[k] == '.') return true; // U.S.
            }
            // The lower-case form (apostrophes straightened, which no abbreviation has) without a copy per word.
            return Lexicon.IsLowerAbbreviation(QuoteToken.LowerOf(pool.Get(text, start, length), pool));
        }
    }
}
