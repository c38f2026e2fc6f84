using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>
    /// Finds role noun phrases that stand for a person: "the NATO chief", "the Secretary-General",
    /// "Ukraine's foreign minister", "a Brazilian diplomat" (indefinite ones only serve apposition).
    /// A phrase followed by a capitalised name is a title, not a stand-in, and is left to the run scanner.
    /// </summary>
    internal static class RoleScanner
    {
        public static void Scan(List<Token> tokens, List<Piece> pieces)
        {
            for (var k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (!t.IsWord) continue;
                var definite = Words.RoleDeterminers.Contains(t.Key);
                var indefinite = t.Key == "a" || t.Key == "an";
                var possessiveName = t.Possessive && t.IsCapitalized && Gazetteer.Names.ContainsKey(t.Key);
                if (!definite && !indefinite && !possessiveName) continue;
                var q = k + 1;
                var lastHead = -1;
                var plural = false;
                while (q < tokens.Count && tokens[q].IsWord)
                {
                    var w = tokens[q];
                    if (Words.IsRoleWord(w.Key, out var isPlural))
                    {
                        if (Gazetteer.RoleHeads.Contains(w.Key) || isPlural)
                        {
                            lastHead = q;
                            plural = isPlural;
                        }
                        q++;
                        continue;
                    }
                    if (w.IsCapitalized && lastHead < 0 && (Gazetteer.Names.ContainsKey(w.Key) || Gazetteer.Demonyms.ContainsKey(w.Key) || (Gazetteer.IsAllCaps(w.Text) && w.Text.Length >= 2)))
                    {
                        q++;
                        if (w.Possessive) continue;
                        continue;
                    }
                    break;
                }
                if (lastHead < 0 || plural) continue;
                var end = lastHead + 1;
                // "the President of Russia": keep a known name after "of".
                if (end + 1 < tokens.Count && tokens[end].IsWord && tokens[end].Key == "of")
                {
                    var n = RunScanner.Longest(tokens, end + 1, tokens.Count, out _);
                    if (n == 0) continue;
                    end = end + 1 + n;
                }
                // A capitalised word right after makes the phrase a title before a name.
                if (end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized) continue;
                var from = possessiveName ? k : k + 1;
                var role = RoleText.Normalize(tokens, from, end);
                if (role == null) continue;
                var piece = new Piece
                {
                    Kind = PieceKind.Role,
                    Start = tokens[k].Start,
                    End = tokens[end - 1].End,
                    Role = role,
                    Indefinite = indefinite,
                };
                Describe(tokens, from, end, piece);
                pieces.Add(piece);
                k = end - 1;
            }
        }

        /// <summary>Fills the head key and qualifiers of a role piece.</summary>
        public static void Describe(List<Token> tokens, int from, int to, Piece piece)
        {
            piece.HeadKey = piece.Role is null ? null : RoleText.HeadKey(piece.Role);
            piece.Qualifiers = piece.Role is null ? new List<string>() : Qualifiers(piece.Role);
        }

        /// <summary>The countries and organisations a role names ("US", "NATO", "Russian"), canonical; other capitalised words as keys.</summary>
        public static List<string> Qualifiers(string role)
        {
            var result = new List<string>();
            var words = role.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                var key = Gazetteer.Key(words[i]);
                if (key.Length == 0 || !char.IsUpper(words[i][0]) || Gazetteer.IsRoleWord(key)) continue;
                var matched = false;
                for (var n = System.Math.Min(words.Length - i, Gazetteer.MaxNameWords); n >= 1 && !matched; n--)
                {
                    var k = Gazetteer.Key(string.Join(" ", words, i, n));
                    if (Gazetteer.Names.TryGetValue(k, out var hit) && hit.Kind != EntityKind.Place)
                    {
                        result.Add(hit.Canonical);
                        i += n - 1;
                        matched = true;
                    }
                }
                if (matched) continue;
                if (Gazetteer.Demonyms.TryGetValue(key, out var country)) result.Add(country);
                else result.Add(key);
            }
            return result;
        }
    }
}
