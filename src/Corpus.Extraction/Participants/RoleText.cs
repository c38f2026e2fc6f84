using System.Collections.Generic;
using System.Text;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>
    /// Turns the words of a role as written into one normal form, so the same office reads the same
    /// everywhere: "Nato Secretary General" and "NATO Secretary-General" both become "NATO Secretary-General";
    /// "Brazil's foreign minister" and "Foreign Minister of Brazil" both become "Brazilian Foreign Minister".
    /// </summary>
    internal static class RoleText
    {
        private static readonly HashSet<string> Determiners = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "the", "a", "an", "its", "his", "her", "their", "our", "whose",
        };

        /// <summary>Abbreviated titles written out ("Gen." to "General").</summary>
        private static readonly Dictionary<string, string> Abbreviations = new Dictionary<string, string>(System.StringComparer.Ordinal)
        {
            ["gen"] = "General", ["sen"] = "Senator", ["rep"] = "Representative", ["gov"] = "Governor", ["lt"] = "Lieutenant",
            ["col"] = "Colonel", ["sgt"] = "Sergeant", ["capt"] = "Captain", ["adm"] = "Admiral", ["pres"] = "President",
        };

        private static readonly HashSet<string> SmallWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "of", "the", "for", "and", "on", "in", "to",
        };

        /// <summary>Normal form of the role tokens[from..to), or null when nothing role-like is left.</summary>
        public static string? Normalize(IReadOnlyList<Token> tokens, int from, int to)
        {
            var words = new List<string>();
            var qualifiers = new List<string>();
            var hasHead = false;
            for (var k = from; k < to; k++)
            {
                var t = tokens[k];
                if (!t.IsWord) continue;
                if (words.Count == 0 && qualifiers.Count == 0 && Determiners.Contains(t.Key)) continue;
                // "Secretary General" written as two words is the hyphenated title.
                if (t.Key == "secretary" && k + 1 < to && tokens[k + 1].IsWord && tokens[k + 1].Key == "general")
                {
                    words.Add("Secretary-General");
                    hasHead = true;
                    k++;
                    continue;
                }
                if (Gazetteer.IsRoleWord(t.Key))
                {
                    if (Gazetteer.RoleHeads.Contains(t.Key)) hasHead = true;
                    words.Add(Abbreviations.TryGetValue(t.Key, out var full) ? full : TitleCase(t.Text));
                    if (k + 1 < to && tokens[k + 1].Is(".")) k++;
                    continue;
                }
                // "the team's coach": a common possessive noun says whose, not which office.
                if (!t.IsCapitalized && t.Possessive) continue;
                if (SmallWords.Contains(t.Key) && words.Count > 0)
                {
                    words.Add(t.Key);
                    continue;
                }
                if (t.Possessive && Gazetteer.Names.TryGetValue(t.Key, out var named) && named.Kind == EntityKind.Country
                    && Gazetteer.CountryAdjective.TryGetValue(named.Canonical, out var adjective))
                {
                    // "Brazil's foreign minister": the country as its adjective.
                    qualifiers.Add(adjective);
                    continue;
                }
                if (Gazetteer.AcronymCase.TryGetValue(t.Key, out var acronym))
                {
                    (words.Count == 0 ? qualifiers : words).Add(acronym.Replace(".", string.Empty));
                    continue;
                }
                if (Gazetteer.IsAllCaps(t.Text) && t.Text.IndexOf('.') >= 0)
                {
                    // "U.S. President" and "US President" are one role.
                    (words.Count == 0 ? qualifiers : words).Add(t.Text.Replace(".", string.Empty));
                    continue;
                }
                (words.Count == 0 ? qualifiers : words).Add(t.Text);
            }
            if (!hasHead) return null;
            // "President of Russia" reads "Russian President" when the role is one head word.
            if (words.Count >= 3 && words[words.Count - 2] == "of" && qualifiers.Count == 0 && Gazetteer.RoleHeads.Contains(Gazetteer.Key(string.Join(" ", words.GetRange(0, words.Count - 2))))
                && Gazetteer.Names.TryGetValue(Gazetteer.Key(words[words.Count - 1]), out var country) && country.Kind == EntityKind.Country
                && Gazetteer.CountryAdjective.TryGetValue(country.Canonical, out var adj))
            {
                qualifiers.Add(adj);
                words.RemoveRange(words.Count - 2, 2);
            }
            while (words.Count > 0 && SmallWords.Contains(words[words.Count - 1])) words.RemoveAt(words.Count - 1);
            var sb = new StringBuilder();
            foreach (var w in qualifiers) Append(sb, w);
            foreach (var w in words) Append(sb, w);
            return sb.Length == 0 ? null : sb.ToString();
        }

        /// <summary>The head noun key of a normalised role: its last role-head word(s), e.g. "secretary general".</summary>
        public static string? HeadKey(string role)
        {
            var key = Gazetteer.Key(role);
            var parts = key.Split(' ');
            // Prefer the longest head that ends the role ("secretary of state", "foreign minister").
            for (var n = System.Math.Min(4, parts.Length); n >= 1; n--)
            {
                var candidate = string.Join(" ", parts, parts.Length - n, n);
                if (Gazetteer.RoleHeads.Contains(candidate)) return candidate;
            }
            // "Secretary of State of X": look for a head anywhere.
            for (var i = parts.Length - 1; i >= 0; i--)
            {
                if (Gazetteer.RoleHeads.Contains(parts[i])) return parts[i];
            }
            return null;
        }

        private static void Append(StringBuilder sb, string word)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(word);
        }

        private static string TitleCase(string word)
        {
            if (word.Length == 0 || char.IsUpper(word[0])) return word;
            var chars = word.ToCharArray();
            chars[0] = char.ToUpperInvariant(chars[0]);
            // "co-founder" reads "Co-Founder"; each hyphenated part is a word of the title.
            for (var i = 1; i < chars.Length; i++)
            {
                if (chars[i - 1] == '-' && char.IsLower(chars[i])) chars[i] = char.ToUpperInvariant(chars[i]);
            }
            return new string(chars);
        }
    }
}
