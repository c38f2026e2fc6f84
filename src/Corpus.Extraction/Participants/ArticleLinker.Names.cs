using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>Looking people up by surname or given name within the article.</summary>
    internal sealed partial class ArticleLinker
    {
        /// <summary>
        /// The person a surname at <paramref name="position"/> means: the only one it ends, or when several
        /// share it ("John Roe", "Mary Anne Roe"), the one whose full name came last before it.
        /// </summary>
        private int PersonBySurname(string key, int position)
        {
            if (!_surnames.TryGetValue(key, out var list)) return -1;
            if (list.Count == 1) return list[0];
            var best = -1;
            var bestStart = -1;
            var earliest = -1;
            var earliestStart = int.MaxValue;
            foreach (var e in list)
            {
                foreach (var m in _entities[e].Mentions)
                {
                    if (m.Form != MentionForm.FullName) continue;
                    if (m.Start < position && m.Start > bestStart) { best = e; bestStart = m.Start; }
                    if (m.Start < earliestStart) { earliest = e; earliestStart = m.Start; }
                }
            }
            return best >= 0 ? best : earliest;
        }

        /// <summary>The one person whose full name starts with this given name, when no one has it as surname.</summary>
        private int PersonByGivenName(string key)
        {
            if (_surnames.ContainsKey(key)) return -1;
            if (_givenNames is null)
            {
                // Built once, after all full names are known: given name to the one person, or -1 when shared.
                _givenNames = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < _entities.Count; i++)
                {
                    var e = _entities[i];
                    if (e.Kind != EntityKind.Person || e.NameKeys.Length < 2) continue;
                    var given = e.NameKeys[0];
                    _givenNames[given] = _givenNames.TryGetValue(given, out var other) && other != i ? -1 : i;
                }
            }
            return _givenNames.TryGetValue(key, out var found) ? found : -1;
        }

        private Dictionary<string, int>? _givenNames;

        /// <summary>The last name word, skipping generational suffixes ("Martin Roe Jr." ends with "roe").</summary>
        private static string Surname(string[] keys)
        {
            var i = keys.Length - 1;
            while (i > 0 && Suffixes.Contains(keys[i])) i--;
            return keys[i];
        }

        private static readonly HashSet<string> Suffixes = new HashSet<string>(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };
    }
}
