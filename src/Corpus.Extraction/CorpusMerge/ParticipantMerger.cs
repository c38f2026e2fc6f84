using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Participants;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>
    /// Unifies the per-article entities into corpus participants. Rules, in order:
    /// <list type="number">
    /// <item>Same kind and the same name key (case, punctuation, hyphens and British/American spelling
    /// ignored: "NATO"/"Nato", "Defence"/"Defense", "Secretary-General"/"Secretary General") are one participant.</item>
    /// <item>Countries, places and organisations whose name or alias is in the gazetteer join on its canonical
    /// name ("US", "U.S." and "United States"; "NATO" and "North Atlantic Treaty Organization").</item>
    /// <item>A person's full name also joins the same name with middle initials left out ("John Q. Roe" = "John Roe").</item>
    /// <item>A person known in an article only by surname ("Mr. Roe") joins the one corpus person whose full name
    /// ends with that surname, and only when their roles do not contradict; when several full-name people share
    /// the surname it joins the one whose role fits, else it stays separate. Two different full names that share a
    /// surname ("John Roe", "Jane Roe") are never merged.</item>
    /// <item>Places not in the gazetteer whose names differ only by transliteration ("Khasavyurt", "Chasavyurt", "Khassavyourt":
    /// kh/ch, ou/u, doubled letters) are reported as one place with the other spellings as aliases.</item>
    /// </list>
    /// The participant's name is its longest written name (gazetteer spelling among case variants; for
    /// transliterated places the spelling most articles use); other forms become aliases; roles are unioned,
    /// dropping a bare title that a fuller role of the same person already says.
    /// </summary>
    public static class ParticipantMerger
    {
        public sealed class Result
        {
            public Result(List<MergedParticipant> participants, int[][] entityMaps)
            {
                Participants = participants;
                EntityMaps = entityMaps;
            }

            /// <summary>Participants in no particular order; the caller sorts.</summary>
            public List<MergedParticipant> Participants { get; }

            /// <summary>Per article (input order), per entity: index into <see cref="Participants"/>.</summary>
            public int[][] EntityMaps { get; }
        }

        public sealed class MergedParticipant
        {
            public MergedParticipant(string name, EntityKind kind)
            {
                Name = name;
                Kind = kind;
            }

            public string Name { get; set; }

            public EntityKind Kind { get; }

            public SortedSet<string> Aliases { get; } = new SortedSet<string>(StringComparer.Ordinal);

            public List<string> Roles { get; } = new List<string>();

            /// <summary>First mention of the first article, for locating diagnostics: the article, its entity, and the span.</summary>
            public (int Article, int Entity, SourceSpan Span)? FirstMention { get; set; }
        }

        public static Result Merge(IReadOnlyList<ArticleModel> articles)
        {
            var keys = new EquatableArray<EntityMergeKeys>[articles.Count];
            for (var a = 0; a < keys.Length; a++)
            {
                var entities = new EntityMergeKeys[articles[a].Entities.Count];
                for (var e = 0; e < entities.Length; e++) entities[e] = KeysOf(articles[a].Entities[e]);
                keys[a] = new EquatableArray<EntityMergeKeys>(entities);
            }
            return Merge(articles, keys);
        }

        /// <summary>What rules 1-5 need of one entity, computed from the entity alone (see <see cref="ArticleMergeKeys"/>).</summary>
        public static EntityMergeKeys KeysOf(EntitySpec spec)
        {
            var words = WordCount(spec.Name);
            var surname = spec.Kind == EntityKind.Person && words >= 2 ? Normalize(LastWord(spec.Name)) : string.Empty;
            var keys = spec.Kind == EntityKind.Person && words == 1 ? EquatableArray<string>.Empty : EquatableArray.From(Keys(spec));
            return new EntityMergeKeys(keys, words, Normalize(spec.Name), surname);
        }

        /// <summary>The merge on keys computed beforehand, one array per article (same order as <paramref name="articles"/>), one entry per entity.</summary>
        public static Result Merge(IReadOnlyList<ArticleModel> articles, IReadOnlyList<EquatableArray<EntityMergeKeys>> entityKeys)
        {
            // Nodes: every (article, entity); union-find joins them.
            var nodes = new List<(int Article, int Entity)>();
            var maps = new int[articles.Count][];
            for (var a = 0; a < articles.Count; a++)
            {
                maps[a] = new int[articles[a].Entities.Count];
                for (var e = 0; e < articles[a].Entities.Count; e++)
                {
                    maps[a][e] = nodes.Count;
                    nodes.Add((a, e));
                }
            }
            var parent = new int[nodes.Count];
            for (var i = 0; i < parent.Length; i++) parent[i] = i;
            EntitySpec Spec(int node) => articles[nodes[node].Article].Entities[nodes[node].Entity];
            EntityMergeKeys KeysOfNode(int node) => entityKeys[nodes[node].Article][nodes[node].Entity];

            // Rules 1-3 and 5: shared keys.
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            var surnameOnly = new List<int>();
            for (var n = 0; n < nodes.Count; n++)
            {
                var spec = Spec(n);
                var nodeKeys = KeysOfNode(n);
                if (spec.Kind == EntityKind.Person && nodeKeys.Words == 1)
                {
                    surnameOnly.Add(n);
                    continue;
                }
                foreach (var key in nodeKeys.Keys)
                {
                    if (byKey.TryGetValue(key, out var other)) Union(parent, other, n);
                    else byKey[key] = n;
                }
            }

            // Rule 4: surname-only people join the one fitting full-name person.
            // Per root: its distinct roles, and (computed when first needed) the head words they use.
            var rootRoles = new Dictionary<int, List<string>>();
            for (var n = 0; n < nodes.Count; n++)
            {
                var root = Find(parent, n);
                if (!rootRoles.TryGetValue(root, out var list)) rootRoles[root] = list = new List<string>();
                foreach (var role in Spec(n).Roles)
                {
                    if (!list.Contains(role)) list.Add(role);
                }
            }
            var headWords = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var rootHeadWords = new Dictionary<int, HashSet<string>>();
            var bySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var n = 0; n < nodes.Count; n++)
            {
                var spec = Spec(n);
                var nodeKeys = KeysOfNode(n);
                if (spec.Kind != EntityKind.Person || nodeKeys.Words < 2) continue;
                var surname = nodeKeys.Surname;
                if (!bySurname.TryGetValue(surname, out var list)) bySurname[surname] = list = new List<int>();
                var root = Find(parent, n);
                if (!list.Contains(root)) list.Add(root);
            }
            foreach (var n in surnameOnly)
            {
                var spec = Spec(n);
                var key = KeysOfNode(n).NameKey;
                if (bySurname.TryGetValue(key, out var holders))
                {
                    var fitting = new List<int>();
                    var roleFitting = new List<int>();
                    foreach (var h in holders)
                    {
                        var roles = rootRoles.TryGetValue(h, out var known) ? known : new List<string>();
                        if (!rootHeadWords.TryGetValue(h, out var heads))
                        {
                            rootHeadWords[h] = heads = new HashSet<string>(StringComparer.Ordinal);
                            foreach (var role in roles) heads.UnionWith(HeadWords(role, headWords));
                        }
                        var shareHead = SharesHead(spec.Roles, heads, headWords);
                        // Both have roles and no role head word in common: different offices, likely different people.
                        if (spec.Roles.Count > 0 && roles.Count > 0 && !shareHead) continue;
                        fitting.Add(h);
                        if (spec.Roles.Count > 0 && shareHead) roleFitting.Add(h);
                    }
                    if (fitting.Count == 1) Union(parent, fitting[0], n);
                    else if (roleFitting.Count == 1) Union(parent, roleFitting[0], n);
                    else JoinSameSurname(byKey, "1:" + key, parent, n);
                }
                else
                {
                    JoinSameSurname(byKey, "1:" + key, parent, n);
                }
            }

            // Build participants per root.
            var participants = new List<MergedParticipant>();
            var indexOfRoot = new Dictionary<int, int>();
            var members = new Dictionary<int, List<int>>();
            for (var n = 0; n < nodes.Count; n++)
            {
                var root = Find(parent, n);
                if (!members.TryGetValue(root, out var list)) members[root] = list = new List<int>();
                list.Add(n);
            }
            var roots = new List<int>(members.Keys);
            roots.Sort();
            foreach (var root in roots)
            {
                var group = members[root];
                var first = Spec(group[0]);
                var p = new MergedParticipant(BestName(group, Spec, nodes), first.Kind);
                var roles = new List<string>();
                foreach (var n in group)
                {
                    var spec = Spec(n);
                    p.Aliases.Add(spec.Name);
                    foreach (var alias in spec.Aliases) p.Aliases.Add(alias);
                    foreach (var role in spec.Roles)
                    {
                        if (!roles.Contains(role)) roles.Add(role);
                    }
                    var article = nodes[n].Article;
                    if (spec.Mentions.Count > 0 && (p.FirstMention is null || article < p.FirstMention.Value.Article))
                        p.FirstMention = (article, nodes[n].Entity, spec.Mentions[0]);
                    maps[article][nodes[n].Entity] = participants.Count;
                }
                // Case variants of the name are the name itself.
                foreach (var alias in new List<string>(p.Aliases))
                {
                    if (string.Equals(alias, p.Name, StringComparison.OrdinalIgnoreCase)) p.Aliases.Remove(alias);
                }
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var alias in new List<string>(p.Aliases))
                {
                    if (!seen.Add(alias)) p.Aliases.Remove(alias);
                }
                foreach (var role in roles)
                {
                    if (!Covered(role, roles)) p.Roles.Add(role);
                }
                p.Roles.Sort(StringComparer.Ordinal);
                indexOfRoot[root] = participants.Count;
                participants.Add(p);
            }
            return new Result(participants, maps);
        }

        /// <summary>The keys an entity joins on (rules 1, 2, 3 and 5).</summary>
        private static IEnumerable<string> Keys(EntitySpec spec)
        {
            var kind = ((int)spec.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":";
            yield return kind + Normalize(spec.Name);
            if (spec.Kind == EntityKind.Person)
            {
                var initials = WithoutInitials(spec.Name);
                if (initials != null) yield return kind + initials;
                yield break;
            }
            var names = new List<string> { spec.Name };
            names.AddRange(spec.Aliases);
            foreach (var name in names)
            {
                if (Gazetteer.Names.TryGetValue(Gazetteer.Key(name), out var known) && known.Kind == spec.Kind)
                    yield return kind + "G:" + known.Canonical;
                if (spec.Kind == EntityKind.Organization) yield return kind + Normalize(name);
            }
            if (spec.Kind == EntityKind.Place && !Gazetteer.Names.ContainsKey(Gazetteer.Key(spec.Name)))
            {
                var t = Transliteration(spec.Name);
                if (t.Length >= 4) yield return kind + "T:" + t;
            }
        }

        private static void JoinSameSurname(Dictionary<string, int> byKey, string key, int[] parent, int n)
        {
            if (byKey.TryGetValue(key, out var other)) Union(parent, other, n);
            else byKey[key] = n;
        }

        /// <summary>
        /// Whether a role of <paramref name="roles"/> has a head word (other than "of") among <paramref name="heads"/>,
        /// the head words of the other person's roles.
        /// </summary>
        private static bool SharesHead(IReadOnlyList<string> roles, HashSet<string> heads, Dictionary<string, string[]> cache)
        {
            if (heads.Count == 0) return false;
            foreach (var role in roles)
            {
                foreach (var w in HeadWords(role, cache))
                {
                    if (heads.Contains(w)) return true;
                }
            }
            return false;
        }

        /// <summary>The words of a role's head key ("secretary general"), without "of"; none when it has no head.</summary>
        private static string[] HeadWords(string role, Dictionary<string, string[]> cache)
        {
            if (cache.TryGetValue(role, out var words)) return words;
            var head = RoleText.HeadKey(role);
            var list = new List<string>();
            if (head != null)
            {
                foreach (var w in head.Split(' '))
                {
                    if (w != "of") list.Add(w);
                }
            }
            return cache[role] = list.ToArray();
        }

        private static bool Covered(string role, List<string> roles)
        {
            foreach (var other in roles)
            {
                if (other.Length <= role.Length) continue;
                var at = (" " + other + " ").IndexOf(" " + role + " ", StringComparison.Ordinal);
                if (at >= 0) return true;
            }
            return false;
        }

        private static string BestName(List<int> group, Func<int, EntitySpec> spec, List<(int Article, int Entity)> nodes)
        {
            var kind = spec(group[0]).Kind;
            // Transliterated places: the spelling most articles use.
            var articlesBySpelling = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            string? best = null;
            foreach (var n in group)
            {
                var name = spec(n).Name;
                if (!articlesBySpelling.TryGetValue(name, out var set)) articlesBySpelling[name] = set = new HashSet<int>();
                set.Add(nodes[n].Article);
            }
            var normalized = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in articlesBySpelling.Keys) normalized.Add(Normalize(name));
            var transliterated = kind == EntityKind.Place && normalized.Count > 1;
            foreach (var kv in articlesBySpelling)
            {
                var name = kv.Key;
                if (best is null) { best = name; continue; }
                int c;
                if (transliterated) c = kv.Value.Count.CompareTo(articlesBySpelling[best].Count);
                else c = name.Length.CompareTo(best.Length);
                if (c == 0)
                {
                    // Among equals: the gazetteer's or acronym spelling, then capitals, then ordinal order.
                    var canonicalName = Canonical(name);
                    var canonicalBest = Canonical(best);
                    if (canonicalName != canonicalBest) c = canonicalName ? 1 : -1;
                    else if (Gazetteer.IsAllCaps(name) != Gazetteer.IsAllCaps(best)) c = Gazetteer.IsAllCaps(name) ? 1 : -1;
                    else c = string.CompareOrdinal(best, name);
                }
                if (c > 0) best = name;
            }
            return best!;
        }

        private static bool Canonical(string name)
        {
            var key = Gazetteer.Key(name);
            if (Gazetteer.AcronymCase.TryGetValue(key, out var acronym) && acronym == name) return true;
            return Gazetteer.Names.TryGetValue(key, out var known) && known.Canonical == name;
        }

        /// <summary>Rule 5's key: lower-case letters with transliteration variants folded (kh/ch to h, ou to u, no doubles).</summary>
        internal static string Transliteration(string name)
        {
            var s = Normalize(name).Replace(" ", string.Empty);
            s = s.Replace("ou", "u").Replace("kh", "h").Replace("ch", "h").Replace("y", "i").Replace("w", "v");
            var sb = new System.Text.StringBuilder(s.Length);
            foreach (var c in s)
            {
                if (sb.Length > 0 && sb[sb.Length - 1] == c) continue;
                sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>A name with single-letter middle initials removed, or null when it has none.</summary>
        private static string? WithoutInitials(string name)
        {
            var words = Normalize(name).Split(' ');
            if (words.Length < 3) return null;
            var kept = new List<string>();
            for (var i = 0; i < words.Length; i++)
            {
                if (i > 0 && i < words.Length - 1 && words[i].Length == 1) continue;
                kept.Add(words[i]);
            }
            return kept.Count == words.Length ? null : string.Join(" ", kept);
        }

        /// <summary>Lower-case words without punctuation; hyphens as spaces; British spellings as American.</summary>
        internal static string Normalize(string name)
        {
            var sb = new System.Text.StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
                else if (char.IsWhiteSpace(c) || c == '-') sb.Append(' ');
            }
            var words = sb.ToString().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++) words[i] = Spelling(words[i]);
            // A leading article is not part of the name ("The Lyon Herald").
            var start = words.Length > 1 && words[0] == "the" ? 1 : 0;
            return string.Join(" ", words, start, words.Length - start);
        }

        /// <summary>British to American spelling for the word endings names use (defence, organisation, centre, labour).</summary>
        private static string Spelling(string w)
        {
            if (w.EndsWith("ence", StringComparison.Ordinal) && (w == "defence" || w == "offence" || w == "licence")) return w.Substring(0, w.Length - 3) + "nse";
            if (w.EndsWith("isation", StringComparison.Ordinal)) return w.Substring(0, w.Length - 7) + "ization";
            if (w.EndsWith("ise", StringComparison.Ordinal) && w.Length > 6) return w.Substring(0, w.Length - 3) + "ize";
            if (w == "centre" || w == "theatre" || w == "metre") return w.Substring(0, w.Length - 2) + "er";
            if (w.EndsWith("our", StringComparison.Ordinal) && (w == "labour" || w == "honour" || w == "harbour" || w == "colour")) return w.Substring(0, w.Length - 2) + "r";
            if (w == "programme") return "program";
            return w;
        }

        private static int WordCount(string s)
        {
            var n = 0;
            foreach (var part in s.Split(' '))
            {
                if (part.Length > 0) n++;
            }
            return n;
        }

        /// <summary>The surname: the last word, skipping generational suffixes ("Jr.", "III").</summary>
        private static string LastWord(string s)
        {
            var parts = s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var i = parts.Length - 1;
            while (i > 0 && IsSuffix(parts[i])) i--;
            return parts[i];
        }

        private static bool IsSuffix(string word)
        {
            var w = Normalize(word);
            return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv";
        }

        private static int Find(int[] parent, int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        private static void Union(int[] parent, int a, int b)
        {
            var ra = Find(parent, a);
            var rb = Find(parent, b);
            if (ra == rb) return;
            // The smaller root stays, so the result does not depend on the order of unions.
            if (ra < rb) parent[rb] = ra;
            else parent[ra] = rb;
        }
    }
}
