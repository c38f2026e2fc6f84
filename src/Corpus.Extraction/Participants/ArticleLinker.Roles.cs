using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>Resolving role phrases to the one person whose role fits (indexed by head and qualifier, so linear in the article).</summary>
    internal sealed partial class ArticleLinker
    {
        /// <summary>Role heads that say "the one in charge" of whatever the qualifier names.</summary>
        private static readonly HashSet<string> GenericHeads = RoleScanner.GenericHeads;

        /// <summary>Per role-holding person: each role's head, and qualifiers; indexed by head suffix and by qualifier.</summary>
        private Dictionary<string, List<(int Entity, List<string> Qualifiers)>>? _byHead;

        private Dictionary<string, List<(int Entity, List<string> Qualifiers)>>? _byQualifier;

        private void IndexRoles()
        {
            _byHead = new Dictionary<string, List<(int, List<string>)>>(StringComparer.Ordinal);
            _byQualifier = new Dictionary<string, List<(int, List<string>)>>(StringComparer.Ordinal);
            for (var i = 0; i < _entities.Count; i++)
            {
                var e = _entities[i];
                if (e.Kind != EntityKind.Person) continue;
                foreach (var role in e.Roles)
                {
                    var head = RoleText.HeadKey(role);
                    if (head is null) continue;
                    // Qualifiers with the kinds of organisation they are, so "the alliance chief" finds a NATO role.
                    var entry = (i, RoleScanner.QualifiersWithTypes(role));
                    // "foreign minister" is found by "minister" too.
                    var words = head.Split(' ');
                    for (var n = 1; n <= words.Length; n++) Add(_byHead, string.Join(" ", words, words.Length - n, n), entry);
                    foreach (var q in entry.Item2) Add(_byQualifier, q, entry);
                }
            }
        }

        private static void Add(Dictionary<string, List<(int, List<string>)>> index, string key, (int, List<string>) entry)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<(int, List<string>)>();
            list.Add(entry);
        }

        /// <summary>
        /// The one person a role phrase can mean here, or -1. Specific heads ("the Secretary-General") need a
        /// holder of that office whose qualifiers do not contradict the phrase's ("the Russian President");
        /// generic heads ("the UN chief") need a role holder with the same qualifier.
        /// </summary>
        private int ResolveRole(Piece r)
        {
            if (r.HeadKey is null) return -1;
            if (_byHead is null) IndexRoles();
            var generic = GenericHeads.Contains(r.HeadKey);
            if (generic && r.Qualifiers.Count == 0) return -1;
            List<(int Entity, List<string> Qualifiers)>? candidates;
            if (generic)
            {
                candidates = new List<(int, List<string>)>();
                foreach (var q in r.Qualifiers)
                {
                    if (_byQualifier!.TryGetValue(q, out var list)) candidates.AddRange(list);
                }
            }
            else if (!_byHead!.TryGetValue(r.HeadKey, out candidates))
            {
                return -1;
            }
            var found = -1;
            var fallbacks = new HashSet<int>();
            var conflicted = new HashSet<int>();
            foreach (var (entity, qualifiers) in candidates)
            {
                var fits = r.Qualifiers.Count == 0;
                foreach (var q in r.Qualifiers)
                {
                    if (qualifiers.Contains(q)) fits = true;
                    else if (qualifiers.Count > 0) conflicted.Add(entity);
                }
                if (fits)
                {
                    if (found >= 0 && found != entity) return -1;
                    found = entity;
                }
                else if (!generic)
                {
                    fallbacks.Add(entity);
                }
            }
            if (found >= 0) return found;
            // "the Russian President" for the only president here, whose role names no country.
            fallbacks.ExceptWith(conflicted);
            if (fallbacks.Count != 1) return -1;
            foreach (var f in fallbacks) return f;
            return -1;
        }

        /// <summary>
        /// Whether some person of the article could be meant: one holds a role of the same head (or, for
        /// "chief"-like heads, of the same qualifier). Such a phrase stays unresolved here and is not
        /// offered to the corpus merge either: the article's own people come first.
        /// </summary>
        private bool HasHolder(Piece r)
        {
            if (r.HeadKey is null) return true;
            if (_byHead is null) IndexRoles();
            if (!GenericHeads.Contains(r.HeadKey)) return _byHead!.ContainsKey(r.HeadKey);
            if (r.Qualifiers.Count == 0) return true;
            foreach (var q in r.Qualifiers)
            {
                if (_byQualifier!.ContainsKey(q)) return true;
            }
            return false;
        }

        private void AttachApposition(Piece role, int person)
        {
            // "the alliance chief, Jane Doe": a mention, but "alliance Chief" is no title to keep.
            if (role.Role != null && role.Role.Length > 0 && !char.IsLower(role.Role[0])) _entities[person].AddRole(role.Role);
            AddMention(person, role.Start, role.End, MentionForm.Role);
        }
    }
}
