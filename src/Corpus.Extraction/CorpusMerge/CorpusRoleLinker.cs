using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Participants;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>
    /// Links role phrases an article uses for a person it never names ("the Secretary-General said", "the NATO chief")
    /// to the one person of the corpus who holds that role, named in another article. Rule (stricter than the article-level
    /// rule of <c>ArticleLinker</c>): a phrase with a qualifier ("the NATO Secretary-General", "the Russian president")
    /// needs a corpus person whose role of that head names the same qualifier; a phrase without one needs a single-holder
    /// office ("the Secretary-General", "the prime minister"; not "the member", "the spokesperson"); a generic head ("chief", "head", "leader", "envoy") needs a person whose role shares the
    /// phrase's qualifier ("the NATO chief": a NATO role), or a role naming an organisation of the phrase's kind ("the alliance
    /// chief": NATO, whose gazetteer names include "North Atlantic Alliance"). Exactly one person may fit, else nothing is linked.
    /// A linked person counts the article among its <see cref="ParticipantModel.Articles"/> and the article counts the
    /// person among its participants. Phrases are cached by role text, so linking is linear in the role mentions.
    /// </summary>
    internal sealed class CorpusRoleLinker
    {
        private static readonly HashSet<string> GenericHeads = RoleScanner.GenericHeads;

        /// <summary>
        /// Offices with one holder at a time per country or organisation: only these link with no qualifier ("the
        /// Secretary-General", "the prime minister"); "the member", "the spokesperson", "the sheriff" never do.
        /// </summary>
        private static readonly HashSet<string> SingleHolderHeads = new HashSet<string>(StringComparer.Ordinal)
        {
            "president", "vice president", "president elect", "prime minister", "chancellor", "premier", "king", "queen",
            "emperor", "empress", "pope", "monarch", "crown prince", "crown princess", "secretary general", "director general",
            "foreign minister", "defence minister", "defense minister", "secretary of state", "high representative",
            "attorney general", "chief executive", "ceo",
        };

        private readonly Dictionary<string, List<(int Participant, List<string> Qualifiers)>> _byHead =
            new Dictionary<string, List<(int, List<string>)>>(StringComparer.Ordinal);

        private readonly Dictionary<string, List<(int Participant, List<string> Qualifiers)>> _byQualifier =
            new Dictionary<string, List<(int, List<string>)>>(StringComparer.Ordinal);

        private readonly Dictionary<string, int> _resolved = new Dictionary<string, int>(StringComparer.Ordinal);

        public void AddPerson(int participant, IEnumerable<string> roles)
        {
            foreach (var role in roles)
            {
                var head = RoleText.HeadKey(role);
                if (head is null) continue;
                var entry = (participant, RoleScanner.QualifiersWithTypes(role));
                // "foreign minister" is found by "minister" too.
                var words = head.Split(' ');
                for (var n = 1; n <= words.Length; n++) Add(_byHead, string.Join(" ", words, words.Length - n, n), entry);
                foreach (var q in entry.Item2) Add(_byQualifier, q, entry);
            }
        }

        /// <summary>The people of the corpus the article's unnamed role phrases stand for (each at most once).</summary>
        public IEnumerable<int> Link(ArticleModel article)
        {
            var seen = new HashSet<int>();
            foreach (var mention in article.RoleMentions)
            {
                var p = Resolve(mention.Role);
                if (p >= 0 && seen.Add(p)) yield return p;
            }
        }

        /// <summary>The one person the normalised role denotes, or -1.</summary>
        public int Resolve(string role)
        {
            if (_resolved.TryGetValue(role, out var cached)) return cached;
            var result = Find(role);
            _resolved[role] = result;
            return result;
        }

        private int Find(string role)
        {
            var head = RoleText.HeadKey(role);
            if (head is null) return -1;
            var qualifiers = RoleScanner.Qualifiers(role);
            var generic = GenericHeads.Contains(head);
            if (qualifiers.Count == 0 && (generic || !SingleHolderHeads.Contains(head))) return -1;
            var candidates = new List<(int Participant, List<string> Qualifiers)>();
            if (generic)
            {
                foreach (var q in qualifiers)
                {
                    if (_byQualifier.TryGetValue(q, out var list)) candidates.AddRange(list);
                }
            }
            else if (_byHead.TryGetValue(head, out var list))
            {
                candidates.AddRange(list);
            }
            var fitting = new HashSet<int>();
            foreach (var (participant, theirs) in candidates)
            {
                // Across articles a qualified phrase needs the same qualifier: "the State Department spokesperson" is not
                // whoever is a spokesperson elsewhere.
                var fits = qualifiers.Count == 0;
                foreach (var q in qualifiers)
                {
                    if (theirs.Contains(q)) fits = true;
                }
                if (fits) fitting.Add(participant);
            }
            if (fitting.Count != 1) return -1;
            foreach (var f in fitting) return f;
            return -1;
        }

        private static void Add(Dictionary<string, List<(int, List<string>)>> index, string key, (int, List<string>) entry)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<(int, List<string>)>();
            list.Add(entry);
        }
    }
}
