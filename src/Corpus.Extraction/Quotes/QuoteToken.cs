using System.Collections.Generic;

namespace Corpus.Extraction.Quotes
{
    /// <summary>A word or a punctuation character of narrative text, with absolute offsets.</summary>
    internal readonly struct QuoteToken
    {
        public QuoteToken(int start, int end, string text, bool isWord)
        {
            Start = start;
            End = end;
            Text = text;
            IsWord = isWord;
            Lower = isWord && NeedsLowering(text) ? text.ToLowerInvariant().Replace('\u2019', '\'') : text;
        }

        public int Start { get; }

        public int End { get; }

        public string Text { get; }

        /// <summary>Lower-cased text, with curly apostrophes straightened.</summary>
        public string Lower { get; }

        public bool IsWord { get; }

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
                if (char.IsUpper(c) || c == '\u2019') return true;
            }
            return false;
        }
    }

    /// <summary>Splits a range of text into word and punctuation tokens; linear in the range.</summary>
    internal static class QuoteTokenizer
    {
        public static QuoteToken[] Tokenize(string text, int start, int end)
        {
            var tokens = new List<QuoteToken>();
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
                    if (QuoteMarks.Family(c) == MarkFamily.None) tokens.Add(new QuoteToken(i, i + 1, c.ToString(), false));
                    i++;
                    continue;
                }
                var j = i + 1;
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d)) j++;
                    else if (IsJoiner(d) && j + 1 < end && char.IsLetterOrDigit(text[j + 1])) j++;
                    else break;
                }
                if (j < end && text[j] == '.' && IsAbbreviation(text, i, j)) j++;
                else if (j < end && (text[j] == '\'' || text[j] == '\u2019') && text[j - 1] == 's' && (j + 1 >= end || !char.IsLetterOrDigit(text[j + 1]))) j++;
                tokens.Add(new QuoteToken(i, j, text.Substring(i, j - i), true));
                i = j;
            }
            return tokens.ToArray();
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

        private static bool IsAbbreviation(string text, int start, int end)
        {
            var length = end - start;
            if (length == 1) return char.IsUpper(text[start]); // an initial: J. Smith
            for (var k = start; k < end; k++)
            {
                if (text[k] == '.') return true; // U.S.
            }
            return Lexicon.IsAbbreviation(text.Substring(start, length));
        }
    }
}
