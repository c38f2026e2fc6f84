using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Participants
{
    /// <summary>
    /// Words run together by a lost space (CORPUS006): a name glued to a lower-case conjunction
    /// ("Smithalthough"), a word glued to a capitalised function word ("FranceIf") and two sentences
    /// glued at the period ("Lyon.In"). Abbreviations ("U.S.", "e.g.") and internal capitals of real
    /// names ("McDonald", "YouTube") are left alone: only function words count as the glued part.
    /// </summary>
    internal static class RunTogether
    {
        /// <summary>Lower-case words long and rare enough as word endings to signal a lost space.</summary>
        private static readonly string[] GluedSuffixes = { "although", "because", "however", "whereas", "which", "whose", "where", "said", "says" };

        /// <summary>Capitalised function words that start a sentence; glued after a word they show a lost space.</summary>
        private static readonly HashSet<string> SentenceStarters = new HashSet<string>(StringComparer.Ordinal)
        {
            "If", "The", "In", "But", "And", "This", "That", "These", "Those", "He", "She", "It", "We", "They", "I",
            "As", "At", "On", "For", "With", "However", "Although", "While", "When", "His", "Her", "Their", "Our",
            "There", "Meanwhile", "After", "Before", "So", "Yet", "According", "Also", "Still", "Now", "Then",
        };

        /// <summary>Where to split the word text[start..end), or -1.</summary>
        public static int SplitPoint(string text, int start, int end)
        {
            var length = end - start;
            if (length < 5) return -1;
            // "FranceIf": lower then upper, and the rest is a function word.
            // Function words are short: only the last dozen characters can hold one (keeps this linear).
            for (var k = Math.Max(start + 3, end - 12); k < end - 1; k++)
            {
                if (IsLower(text[k - 1]) && IsUpper(text[k]) && SentenceStarters.Contains(text.Substring(k, end - k)))
                    return k;
            }
            // "Smithalthough": a capitalised word ending in a conjunction, at least three letters before it.
            if (!char.IsUpper(text[start])) return -1;
            foreach (var suffix in GluedSuffixes)
            {
                var at = end - suffix.Length;
                if (at - start < 3 || text[at] != suffix[0]) continue;
                if (string.CompareOrdinal(text, at, suffix, 0, suffix.Length) != 0) continue;
                for (var k = start + 1; k < at; k++)
                {
                    if (!char.IsLower(text[k])) return -1;
                }
                // "Elsewhere", "Somewhere": a common word before the ending makes one real word.
                if (Gazetteer.CommonWords.Contains(text.Substring(start, at - start).ToLowerInvariant())) return -1;
                return at;
            }
            return -1;
        }

        // ASCII without the Unicode tables (nearly every character here); the same answers as char.IsLower/IsUpper.
        private static bool IsLower(char c) => c < 128 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

        private static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

        /// <summary>"word.Word" with a lower-case letter before the period and a capitalised word after it.</summary>
        public static bool IsGluedSentence(string text, int start, int dot)
        {
            if (dot - start < 2 || !char.IsLower(text[dot - 1])) return false;
            if (dot + 2 >= text.Length || !char.IsUpper(text[dot + 1]) || !char.IsLower(text[dot + 2])) return false;
            // Domain names and file names ("patreon.com") have a lower-case part after the dot, so they never get here.
            return true;
        }

        /// <summary>End of the word after the glued period.</summary>
        public static int GluedEnd(string text, int dot)
        {
            var e = dot + 1;
            while (e < text.Length && char.IsLetter(text[e])) e++;
            return e;
        }
    }
}
