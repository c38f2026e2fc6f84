using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>
    /// Finds role noun phrases that stand for a person: "the UN chief", "the Secretary-General",
    /// "Brazil's foreign minister", "a Brazilian diplomat" (indefinite ones only serve apposition).
    /// A phrase followed by a capitalised name is a title, not a stand-in, and is left to the run scanner.
    /// </summary>
    internal static class RoleScanner
    {
        /// <summary>Role heads that say "the one in charge" of whatever the qualifier names ("the UN chief").</summary>
        public static readonly HashSet<string> GenericHeads = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "chief", "head", "leader", "boss", "envoy", "diplomat", "official",
        };

        public static void Scan(List<Token> tokens, List<Piece> pieces)
        {
            for (var k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (!t.IsWord) continue;
                // Determiners are short: most words need no lookup.
                var definite = t.Key.Length <= 5 && Words.RoleDeterminers.Contains(t.Key);
                var indefinite = t.Key == "a" || t.Key == "an";
                var possessiveName = t.Possessive && t.IsCapitalized && Gazetteer.Names.ContainsKey(t.Key);
                // "Kwame Mensah, chief executive of …": a bare role right after a comma, for apposition only.
                var afterComma = k > 0 && tokens[k - 1].Is(",") && !t.IsCapitalized && Words.IsRoleWord(t.Key, out var commaPlural) && !commaPlural;
                if (!definite && !indefinite && !possessiveName && !afterComma) continue;
                if (afterComma) indefinite = true;
                var q = afterComma ? k : k + 1;
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
                        continue;
                    }
                    // "the alliance chief", "the agency head": a lower-case organisation noun says whose office it is.
                    if (definite && !w.IsCapitalized && !w.Possessive && lastHead < 0 && q == k + 1 && Gazetteer.OrgHeads.Contains(w.Key)
                        && q + 1 < tokens.Count && tokens[q + 1].IsWord && GenericHeads.Contains(tokens[q + 1].Key))
                    {
                        q++;
                        continue;
                    }
                    // "the team's coach", "the company's founder": a possessive noun qualifies the role.
                    if (!w.IsCapitalized && w.Possessive && lastHead < 0 && q == k + 1)
                    {
                        q++;
                        continue;
                    }
                    break;
                }
                if (lastHead < 0 || plural) continue;
                var end = lastHead + 1;
                // "the President of Russia", "the governor of Lagos State": keep the capitalised name after "of".
                var extended = false;
                if (end + 1 < tokens.Count && tokens[end].IsWord && tokens[end].Key == "of")
                {
                    var n = RunScanner.Longest(tokens, end + 1, tokens.Count, out _);
                    var at = end + 1;
                    if (at < tokens.Count && tokens[at].Key == "the") at++;
                    var runEnd = at;
                    while (runEnd < tokens.Count && tokens[runEnd].IsWord && tokens[runEnd].IsCapitalized && (runEnd == at || !tokens[runEnd - 1].Possessive)) runEnd++;
                    // A short proper name followed by a break ("of Lagos State,"); longer tails stay out of the role.
                    if (runEnd > at && runEnd - at <= 5 && (runEnd >= tokens.Count || !tokens[runEnd].IsWord) && runEnd - end - 1 > n) n = runEnd - end - 1;
                    if (n > 0)
                    {
                        end = end + 1 + n;
                        extended = true;
                    }
                }
                // A capitalised word right after makes the phrase a title before a name.
                if (!extended && end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized) continue;
                if (extended && end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized) continue;
                var from = possessiveName || afterComma ? k : k + 1;
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

        /// <summary>Marks a qualifier that is a kind of organisation ("~alliance"), not a name.</summary>
        public const string TypePrefix = "~";

        private static Dictionary<string, List<string>>? _types;

        /// <summary>
        /// The kinds of organisation a qualifier is, as type qualifiers: the head words that end its gazetteer names
        /// ("NATO": "North Atlantic Alliance", so "~alliance"), or the qualifier itself when it is a head word.
        /// </summary>
        public static IReadOnlyList<string> TypesOf(string qualifier)
        {
            var types = _types;
            if (types is null)
            {
                types = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
                foreach (var kv in Gazetteer.Names)
                {
                    if (kv.Value.Kind != EntityKind.Organization) continue;
                    var space = kv.Key.LastIndexOf(' ');
                    if (space < 0) continue;
                    var head = kv.Key.Substring(space + 1);
                    if (!Gazetteer.OrgHeads.Contains(head)) continue;
                    if (!types.TryGetValue(kv.Value.Canonical, out var list)) types[kv.Value.Canonical] = list = new List<string>();
                    if (!list.Contains(TypePrefix + head)) list.Add(TypePrefix + head);
                }
                _types = types;
            }
            if (types.TryGetValue(qualifier, out var found)) return found;
            return Gazetteer.OrgHeads.Contains(qualifier) ? new[] { TypePrefix + qualifier } : System.Array.Empty<string>();
        }

        /// <summary>A role's qualifiers with the kinds of organisation they are ("NATO", "~alliance", "~organization").</summary>
        public static List<string> QualifiersWithTypes(string role)
        {
            var result = Qualifiers(role);
            var count = result.Count;
            for (var i = 0; i < count; i++)
            {
                foreach (var t in TypesOf(result[i]))
                {
                    if (!result.Contains(t)) result.Add(t);
                }
            }
            return result;
        }

        /// <summary>Fills the head key and qualifiers of a role piece.</summary>
        public static void Describe(List<Token> tokens, int from, int to, Piece piece)
        {
            piece.HeadKey = piece.Role is null ? null : RoleText.HeadKey(piece.Role);
            piece.Qualifiers = piece.Role is null ? System.Array.Empty<string>() : Qualifiers(piece.Role);
        }

        /// <summary>The countries and organisations a role names ("US", "NATO", "Russian"), canonical; other capitalised words as keys.</summary>
        public static List<string> Qualifiers(string role)
        {
            var result = new List<string>();
            var words = role.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                var key = Gazetteer.Key(words[i]);
                // "alliance Chief": the kind of organisation, matched against the organisations other roles name.
                if (key.Length > 0 && !char.IsUpper(words[i][0]) && Gazetteer.OrgHeads.Contains(key) && !Gazetteer.IsRoleWord(key))
                {
                    result.Add(TypePrefix + key);
                    continue;
                }
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
