using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Does a role noun phrase (<c>the foreign minister</c>, <c>the UN chief</c>) describe a
    /// holder's role (<c>Peru's foreign minister</c>, <c>UN Secretary-General</c>)?
    /// "chief", "head", "leader" and "boss" stand for whatever the top title is.
    /// </summary>
    internal static class RoleMatcher
    {
        public static bool Matches(string query, IEnumerable<string> roles)
        {
            foreach (var role in roles)
            {
                if (Matches(query, role)) return true;
            }
            return false;
        }

        public static bool Matches(string query, string role)
        {
            var head = false;
            var any = false;
            for (var i = 0; i < query.Length;)
            {
                var end = query.IndexOf(' ', i);
                if (end < 0) end = query.Length;
                if (end > i)
                {
                    any = true;
                    if (!HasWord(role, query, i, end - i))
                    {
                        if (!IsHeadWord(query, i, end - i)) return false;
                        head = true;
                    }
                }
                i = end + 1;
            }
            if (!any) return false;
            if (!head) return true;
            foreach (var w in role.Split(' '))
            {
                if (Lexicon.TopTitles.Contains(w) || Lexicon.HeadRoleWords.Contains(w)) return true;
            }
            return false;
        }

        private static bool IsHeadWord(string s, int start, int length)
        {
            foreach (var w in Lexicon.HeadRoleWords)
            {
                if (w.Length == length && string.CompareOrdinal(s, start, w, 0, length) == 0) return true;
            }
            return false;
        }

        /// <summary>Does <paramref name="words"/> contain the word query[start..start+length] as a whole word?</summary>
        private static bool HasWord(string words, string query, int start, int length)
        {
            for (var i = 0; i + length <= words.Length; i++)
            {
                if ((i == 0 || words[i - 1] == ' ') && (i + length == words.Length || words[i + length] == ' ')
                    && string.CompareOrdinal(words, i, query, start, length) == 0) return true;
            }
            return false;
        }
    }
}
