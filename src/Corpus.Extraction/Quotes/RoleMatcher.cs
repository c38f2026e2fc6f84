using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Does a role noun phrase (<c>the foreign minister</c>, <c>the NATO chief</c>) describe a
    /// holder's role (<c>Ukraine's foreign minister</c>, <c>NATO Secretary-General</c>)?
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
            var q = query.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (q.Length == 0) return false;
            var have = new HashSet<string>(role.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
            var head = false;
            foreach (var w in q)
            {
                if (have.Contains(w)) continue;
                if (Lexicon.HeadRoleWords.Contains(w))
                {
                    head = true;
                    continue;
                }
                return false;
            }
            if (!head) return true;
            foreach (var w in have)
            {
                if (Lexicon.TopTitles.Contains(w) || Lexicon.HeadRoleWords.Contains(w)) return true;
            }
            return false;
        }
    }
}
