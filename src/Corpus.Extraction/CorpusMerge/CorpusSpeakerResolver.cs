using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>
    /// Resolves a speaker an article names only by role or by a short name ("the Secretary-General",
    /// "Lindqvist") to a person of the corpus, when the article itself has no matching participant.
    /// Rule: the normalised phrase must equal a person's name or alias, or equal or end one of their
    /// roles ("secretary general" ends "nato secretary general"); exactly one person may match, else the
    /// speaker stays unknown. Never a guess between two people.
    /// </summary>
    internal sealed class CorpusSpeakerResolver
    {
        // Every word-suffix of every normalised role ("nato secretary general", "secretary general", "general"):
        // a phrase equals or ends a role exactly when it is one of its word-suffixes, so one lookup finds them all.
        private readonly Dictionary<string, HashSet<int>> _roleSuffixes = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<int>> _names = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);

        public void AddPerson(int participant, string name, IEnumerable<string> aliases, IEnumerable<string> roles)
        {
            AddName(participant, name);
            foreach (var alias in aliases) AddName(participant, alias);
            foreach (var role in roles)
            {
                var normal = Normalize(role);
                if (normal.Length == 0) continue;
                Add(_roleSuffixes, normal, participant);
                for (var i = normal.IndexOf(' '); i >= 0; i = normal.IndexOf(' ', i + 1)) Add(_roleSuffixes, normal.Substring(i + 1), participant);
            }
        }

        /// <summary>The one person the phrase denotes, or -1.</summary>
        public int Resolve(string speakerText) => ResolveNormalized(Normalize(speakerText));

        /// <summary><see cref="Resolve"/> on a phrase already passed through <see cref="Normalize"/>.</summary>
        public int ResolveNormalized(string phrase)
        {
            if (phrase.Length == 0) return -1;
            if (!_names.TryGetValue(phrase, out var matches) && !_roleSuffixes.TryGetValue(phrase, out matches)) return -1;
            if (matches.Count != 1) return -1;
            foreach (var m in matches) return m;
            return -1;
        }

        private static void Add(Dictionary<string, HashSet<int>> map, string key, int participant)
        {
            if (!map.TryGetValue(key, out var set)) map[key] = set = new HashSet<int>();
            set.Add(participant);
        }

        private void AddName(int participant, string name)
        {
            var normal = Normalize(name);
            if (normal.Length == 0) return;
            if (!_names.TryGetValue(normal, out var set)) _names[normal] = set = new HashSet<int>();
            set.Add(participant);
        }

        /// <summary>Lower case, hyphens and dots as spaces, a leading article and honorific dropped.</summary>
        internal static string Normalize(string text)
        {
            var sb = new StringBuilder(text.Length);
            var space = false;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (space && sb.Length > 0) sb.Append(' ');
                    space = false;
                    sb.Append(char.ToLowerInvariant(c));
                }
                else if (c != '\'' && c != '\u2019')
                {
                    space = true;
                }
            }
            var result = sb.ToString();
            foreach (var prefix in new[] { "the ", "mr ", "mrs ", "ms ", "dr " })
            {
                if (result.StartsWith(prefix, StringComparison.Ordinal)) result = result.Substring(prefix.Length);
            }
            return result;
        }
    }
}
