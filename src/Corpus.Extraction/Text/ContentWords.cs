using System.Collections.Generic;
using System.Text;

namespace Corpus.Extraction.Text
{
    /// <summary>
    /// Words that carry meaning, reduced to a crude stem, for comparing differently worded reports of
    /// the same statement (translations and paraphrases change function words and inflections first).
    /// </summary>
    public static class ContentWords
    {
        private static readonly HashSet<string> StopWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "a", "an", "the", "and", "or", "but", "if", "so", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that", "these", "those",
            "we", "us", "our", "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their",
            "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "not", "no", "also", "there", "here", "which", "who", "whom", "what", "when", "where", "how", "all",
            "any", "some", "more", "most", "very", "into", "than", "then", "now", "just", "about", "up", "out", "over",
        };

        /// <summary>Distinct stems of the content words of <paramref name="text"/>, in order of first use.</summary>
        public static List<string> Stems(string text)
        {
            var result = new List<string>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            var sb = new StringBuilder();
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (char.IsLetterOrDigit(c))
                {
                    sb.Append(char.ToLowerInvariant(c));
                    continue;
                }
                // An apostrophe inside a word ends it without a new word (Nato's -> nato).
                if ((c == '\'' || c == '\u2019') && sb.Length > 0)
                {
                    while (i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
                }
                if (sb.Length == 0) continue;
                var word = sb.ToString();
                sb.Clear();
                if (StopWords.Contains(word)) continue;
                var stem = Stem(word);
                if (seen.Add(stem)) result.Add(stem);
            }
            return result;
        }

        /// <summary>
        /// The <see cref="Stems"/> of <paramref name="text"/> as 64-bit FNV-1a hashes, the low bit set exactly
        /// when the stem starts with a digit, appended to <paramref name="into"/> (duplicates included). The
        /// same values as hashing each stem string, but read in one pass with no strings: every quote of every
        /// article goes through this.
        /// </summary>
        public static void AppendStemKeys(string text, List<ulong> into)
        {
            var buffer = _buffer ??= new char[64];
            var length = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c))
                {
                    if (length == buffer.Length) System.Array.Resize(ref buffer, length * 2);
                    buffer[length++] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
                    continue;
                }
                if ((c == '\'' || c == '\u2019') && length > 0)
                {
                    while (i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
                }
                if (length == 0) continue;
                var word = length;
                length = 0;
                if (StopWordKeys.Contains(Fnv(buffer, word, '\0'))) continue;
                var (stem, extra) = StemLength(buffer, word);
                var key = Fnv(buffer, stem, extra) & ~1UL;
                if (char.IsDigit(buffer[0])) key |= 1UL;
                into.Add(key);
            }
            _buffer = buffer;
        }

        [System.ThreadStatic]
        private static char[]? _buffer;

        private static readonly HashSet<ulong> StopWordKeys = KeysOf(StopWords);

        private static HashSet<ulong> KeysOf(HashSet<string> words)
        {
            var keys = new HashSet<ulong>();
            foreach (var w in words) keys.Add(Fnv(w.ToCharArray(), w.Length, '\0'));
            return keys;
        }

        /// <summary>64-bit FNV-1a of the first <paramref name="length"/> characters, then <paramref name="extra"/> unless it is NUL.</summary>
        private static ulong Fnv(char[] chars, int length, char extra)
        {
            unchecked
            {
                var hash = 14695981039346656037UL;
                for (var i = 0; i < length; i++) hash = (hash ^ chars[i]) * 1099511628211UL;
                if (extra != '\0') hash = (hash ^ extra) * 1099511628211UL;
                return hash;
            }
        }

        private static readonly string[] Suffixes = { "ingly", "ings", "ing", "edly", "ies", "ied", "ed", "es", "ly", "s" };

        /// <summary><see cref="Stem"/> on a buffer: how many of its characters the stem keeps, and a character to append (or NUL).</summary>
        private static (int Length, char Extra) StemLength(char[] word, int length)
        {
            if (length <= 4) return (length, '\0');
            foreach (var suffix in Suffixes)
            {
                var minimum = suffix == "ing" || suffix == "ed" ? 3 : 4;
                if (length - suffix.Length < minimum || !EndsWith(word, length, suffix)) continue;
                var stem = length - suffix.Length;
                if (suffix == "ies" || suffix == "ied") return (stem, 'y');
                if ((suffix == "ing" || suffix == "ed") && stem >= 4 && word[stem - 1] == word[stem - 2] && word[stem - 1] != 's' && word[stem - 1] != 'l')
                    stem--;
                return (stem, '\0');
            }
            return (length, '\0');
        }

        private static bool EndsWith(char[] word, int length, string suffix)
        {
            for (var k = 1; k <= suffix.Length; k++)
            {
                if (word[length - k] != suffix[suffix.Length - k]) return false;
            }
            return true;
        }

        /// <summary>Strips common English inflections; enough to equate "shift"/"shifting"/"shifts".</summary>
        internal static string Stem(string word)
        {
            if (word.Length <= 4) return word;
            foreach (var suffix in new[] { "ingly", "ings", "ing", "edly", "ies", "ied", "ed", "es", "ly", "s" })
            {
                // Verb endings may leave a three-letter stem (seeing -> see); others keep four letters.
                var minimum = suffix == "ing" || suffix == "ed" ? 3 : 4;
                if (word.Length - suffix.Length >= minimum && word.EndsWith(suffix, System.StringComparison.Ordinal))
                {
                    var stem = word.Substring(0, word.Length - suffix.Length);
                    if (suffix == "ies" || suffix == "ied") stem += "y";
                    // Doubled final consonant after -ing/-ed (stopped -> stop).
                    if ((suffix == "ing" || suffix == "ed") && stem.Length >= 4 && stem[stem.Length - 1] == stem[stem.Length - 2] && stem[stem.Length - 1] != 's' && stem[stem.Length - 1] != 'l')
                        stem = stem.Substring(0, stem.Length - 1);
                    return stem;
                }
            }
            return word;
        }
    }
}
