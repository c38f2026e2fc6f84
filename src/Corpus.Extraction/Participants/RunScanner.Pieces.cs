using System.Collections.Generic;
using System.Text;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>Turning segments of a run into pieces: known names, demonyms, person names and bare titles.</summary>
    internal static partial class RunScanner
    {
        private static void AddKnown(string text, List<Token> tokens, int from, int to, string canonical, EntityKind kind, bool sentenceStart, List<Piece> pieces)
        {
            var placeContext = IsPlaceContext(tokens, from, to);
            // "The Hague" keeps its article; "the" before another name is not part of it.
            var start = tokens[from].Start;
            var end = tokens[to - 1].End;
            pieces.Add(new Piece
            {
                Kind = PieceKind.Known,
                EntityKind = kind,
                Canonical = canonical,
                Start = start,
                End = end,
                Name = Slice(text, start, end),
                SentenceStart = sentenceStart,
                PlaceContext = placeContext,
            });
        }

        private static void AddDemonym(List<Token> tokens, int at, int to, string country, List<Piece> pieces)
        {
            pieces.Add(new Piece
            {
                Kind = PieceKind.Demonym,
                EntityKind = EntityKind.Country,
                Canonical = country,
                Start = tokens[at].Start,
                End = tokens[to - 1].End,
                Name = tokens[at].Text,
            });
        }

        private static void AddName(string text, List<Token> tokens, int from, int to, int titleFrom, int honorific, bool sentenceStart, bool headline, List<Piece> pieces)
        {
            var keys = new List<string>();
            var common = 0;
            var allCaps = 0;
            for (var k = from; k < to; k++)
            {
                if (!tokens[k].IsWord) continue;
                keys.Add(tokens[k].Key);
                if (Gazetteer.CommonWords.Contains(tokens[k].Key)) common++;
                if (HasDigit(tokens[k].Text)) allCaps++;
                if (tokens[k].Text.Length > 1 && Gazetteer.IsAllCaps(tokens[k].Text) && !tokens[k].Text.EndsWith(".", System.StringComparison.Ordinal)) allCaps++;
            }
            var start = tokens[from].Start;
            var end = tokens[to - 1].End;
            var name = Slice(text, start, end);
            var titled = titleFrom >= 0 || honorific >= 0;
            var piece = new Piece
            {
                Start = titleFrom >= 0 ? tokens[titleFrom].Start : honorific >= 0 ? tokens[honorific].Start : start,
                End = end,
                Name = name,
                Canonical = name,
                NameKeys = keys.ToArray(),
                SentenceStart = sentenceStart,
            };
            // "Indonesia's President Budi Santoso": the possessive country before the title is part of the role.
            if (titleFrom > 0 && tokens[titleFrom - 1].Possessive && Gazetteer.Names.TryGetValue(tokens[titleFrom - 1].Key, out var owner) && owner.Kind == EntityKind.Country
                && tokens[titleFrom].Start == piece.Start)
            {
                titleFrom--;
                piece.Start = tokens[titleFrom].Start;
            }
            if (titleFrom >= 0) piece.Role = RoleText.Normalize(tokens, titleFrom, from);
            if (keys.Count == 1)
            {
                // "Mr Field", "Mrs Young": after an honorific even a common word is a surname.
                piece.Kind = titled && (common == 0 || (honorific >= 0 && titleFrom < 0 && !sentenceStart)) && allCaps == 0 ? PieceKind.Person : PieceKind.Single;
                if (titled) piece.ShortForm = Slice(text, piece.Start, end);
                if (piece.Kind == PieceKind.Single)
                {
                    piece.Start = start;
                    piece.Role = null;
                    piece.PlaceContext = IsPlaceContext(tokens, from, to);
                    piece.OrgContext = !piece.PlaceContext && IsOrgContext(tokens, from, to);
                    piece.PersonContext = !piece.PlaceContext && !piece.OrgContext && common == 0 && allCaps == 0 && IsKinApposition(tokens, from);
                }
                pieces.Add(piece);
                return;
            }
            // Several words: a person when it looks like a name (not all common words, no acronyms).
            // A name does not end on a common word ("Planners In"), and headlines make no untitled names.
            var lastCommon = Gazetteer.CommonWords.Contains(keys[keys.Count - 1]);
            if (common == keys.Count || allCaps > 0 || keys.Count > 5 || lastCommon || (headline && (honorific < 0 || common > 0)))
            {
                // Still let each word link later ("Annual Report" links to nothing).
                for (var k = from; k < to; k++)
                {
                    if (tokens[k].IsWord && tokens[k].IsCapitalized)
                        pieces.Add(new Piece { Kind = PieceKind.Single, Start = tokens[k].Start, End = tokens[k].End, Name = tokens[k].Text, Canonical = tokens[k].Text, NameKeys = new[] { tokens[k].Key }, SentenceStart = sentenceStart && k == from });
                }
                return;
            }
            piece.Kind = PieceKind.Person;
            if (honorific >= 0 && titleFrom < 0) piece.ShortForm = Slice(text, piece.Start, end);
            if (!titled) AddLowerCaseTitle(tokens, from, piece);
            if (!titled && piece.Role is null) piece.OrgContext = IsOrgContext(tokens, from, to);
            pieces.Add(piece);
        }

        /// <summary>
        /// "spokeswoman Jane Doe", "Russia's foreign minister Jane Doe", "Acme founder Jane Doe": a role written in
        /// lower case right before a full name is that person's title (a capitalised owner word before it qualifies it).
        /// </summary>
        private static void AddLowerCaseTitle(List<Token> tokens, int from, Piece piece)
        {
            var j = from - 1;
            var hasHead = false;
            while (j >= 0 && tokens[j].IsWord && !tokens[j].IsCapitalized && !tokens[j].Possessive && Words.IsRoleWord(tokens[j].Key, out var plural) && !plural)
            {
                if (j == from - 1 && !Gazetteer.RoleHeads.Contains(tokens[j].Key)) return;
                hasHead |= Gazetteer.RoleHeads.Contains(tokens[j].Key);
                j--;
            }
            if (!hasHead || j == from - 1) return;
            var first = j + 1;
            // One capitalised owner right before: "Acme founder", "Russia's foreign minister".
            if (j >= 0 && tokens[j].IsWord && tokens[j].IsCapitalized && (!tokens[j].SentenceStart || (tokens[j].Possessive && Gazetteer.Names.ContainsKey(tokens[j].Key)))
                && !Gazetteer.CommonWords.Contains(tokens[j].Key)
                && (j == 0 || !tokens[j - 1].IsWord || !tokens[j - 1].IsCapitalized || tokens[j - 1].Possessive))
                first = j;
            var role = RoleText.Normalize(tokens, first, from);
            if (role is null) return;
            piece.Role = role;
            piece.Start = tokens[first].Start;
        }

        private static void FlushRole(string text, List<Token> tokens, ref int titleFrom, ref bool hasRole, int end, bool plural, List<Piece> pieces)
        {
            if (titleFrom >= 0 && hasRole && !plural)
            {
                // A capitalised title with no name after it: "… remains NATO Secretary General."
                var to = titleFrom;
                while (to < tokens.Count && tokens[to].End <= end) to++;
                var role = RoleText.Normalize(tokens, titleFrom, to);
                if (role != null)
                {
                    var piece = new Piece { Kind = PieceKind.Role, Start = tokens[titleFrom].Start, End = end, Role = role, Bare = true };
                    piece.Name = Slice(text, piece.Start, piece.End);
                    RoleScanner.Describe(tokens, titleFrom, to, piece);
                    pieces.Add(piece);
                }
            }
            titleFrom = -1;
            hasRole = false;
        }

        /// <summary>
        /// "shares of X", "analysts at X", "members of X", "X officials", "X shares", "X's chief executive", "X's profits":
        /// what is said around the name makes it an organisation (a company's two-word name reads like a person's).
        /// </summary>
        private static bool IsOrgContext(List<Token> tokens, int from, int to)
        {
            // "the band X", "localist group X": a lower-case noun right before says what the name is.
            if (from > 0 && tokens[from - 1].IsWord && !tokens[from - 1].IsCapitalized && Words.OrgNounsRightBefore.Contains(tokens[from - 1].Key)) return true;
            var at = from;
            if (at > 0 && tokens[at - 1].IsWord && tokens[at - 1].Key == "the") at--;
            if (at > 1 && tokens[at - 1].IsWord && tokens[at - 2].IsWord && (!tokens[at - 2].IsCapitalized || tokens[at - 2].SentenceStart) && !tokens[at - 1].IsCapitalized
                && Words.OrgNounsBefore.TryGetValue(tokens[at - 1].Key, out var nouns) && nouns.Contains(tokens[at - 2].Key))
                return true;
            // "Voterise's Ana Petrov": one word, possessive, right before a person's full name is what they belong to.
            if (to - from == 1 && tokens[from].Possessive && !tokens[from].SentenceStart && to + 1 < tokens.Count && tokens[to].IsWord && tokens[to + 1].IsWord
                && IsPlainNameWord(tokens[to]) && IsPlainNameWord(tokens[to + 1]) && !tokens[to].Possessive
                && (to + 2 >= tokens.Count || !tokens[to + 2].IsWord || !tokens[to + 2].IsCapitalized))
                return true;
            if (to >= tokens.Count || !tokens[to].IsWord || tokens[to].IsCapitalized) return false;
            var next = tokens[to].Key;
            if (tokens[to - 1].Possessive)
            {
                if (Words.OrgNounsAfterPossessive.Contains(next)) return true;
                return next == "chief" && to + 1 < tokens.Count && tokens[to + 1].IsWord && (tokens[to + 1].Key == "executive" || tokens[to + 1].Key == "financial");
            }
            return Words.OrgNounsAfter.Contains(next);
        }

        /// <summary>"their nine-month-old child, Ilse", "her son Tomas": a kinship noun (and a comma) right before.</summary>
        private static bool IsKinApposition(List<Token> tokens, int from)
        {
            var k = from - 1;
            if (k >= 0 && tokens[k].Is(",")) k--;
            return k >= 0 && tokens[k].IsWord && !tokens[k].IsCapitalized && !tokens[k].Possessive && Words.KinNouns.Contains(tokens[k].Key);
        }

        private static bool HasDigit(string s)
        {
            foreach (var c in s)
            {
                if (char.IsDigit(c)) return true;
            }
            return false;
        }

        /// <summary>A capitalised word that is no title, head word, demonym or common word: a name word.</summary>
        private static bool IsPlainNameWord(Token t)
            => !Gazetteer.CommonWords.Contains(t.Key) && !Words.IsRoleWord(t.Key, out _) && !Gazetteer.OrgHeads.Contains(t.Key)
               && !Gazetteer.PlaceHeads.Contains(t.Key) && !Gazetteer.Demonyms.ContainsKey(t.Key) && !Gazetteer.Honorifics.Contains(t.Key) && !Gazetteer.IsAllCaps(t.Text);

        /// <summary>Longest gazetteer name starting at token <paramref name="p"/> (within the run), in tokens.</summary>
        internal static int Longest(List<Token> tokens, int p, int e, out (string Canonical, EntityKind Kind) found)
        {
            found = default;
            var best = 0;
            var key = string.Empty;
            var words = 0;
            for (var k = p; k < e && words < Gazetteer.MaxNameWords; k++)
            {
                var t = tokens[k];
                if (!t.IsWord) break;
                key = key.Length == 0 ? t.Key : key + " " + t.Key;
                words++;
                if (k > p && tokens[k - 1].Possessive) break;
                if (!t.IsCapitalized && k == p) break;
                if (t.IsCapitalized)
                {
                    if (Gazetteer.Names.TryGetValue(key, out var hit))
                    {
                        best = k - p + 1;
                        found = hit;
                    }
                    if (t.Possessive) break;
                }
                // No known name goes on from these words: stop before building longer keys (most runs end here).
                if (key.Length > 0 && !Gazetteer.NamePrefixes.Contains(key)) break;
            }
            return best;
        }

        /// <summary>The text of a name; short names come from the thread's pool (the same names recur in every article).</summary>
        private static string Slice(string text, int start, int end) => Text.StringPool.Current.Get(text, start, end - start);
    }
}
