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
