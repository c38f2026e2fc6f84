using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>One entity of an article while it is being collected: its forms, roles and mentions.</summary>
    internal sealed class EntityBuilder
    {
        public EntityBuilder(EntityKind kind, string canonical)
        {
            Kind = kind;
            Canonical = canonical;
        }

        public EntityKind Kind { get; }

        /// <summary>Gazetteer canonical name, or the first name seen; the fallback when no name is written.</summary>
        public string Canonical { get; }

        /// <summary>Names as written, in order of first use (no titles: "Jane Doe", "Doe").</summary>
        public List<string> Names { get; } = new List<string>();

        /// <summary>Other written forms: honorific or title + surname ("Mr. Roe", "Secretary Roe"), acronyms.</summary>
        public List<string> Forms { get; } = new List<string>();

        public List<string> Roles { get; } = new List<string>();

        public List<Mention> Mentions { get; } = new List<Mention>();

        /// <summary>Spans of <see cref="Mentions"/>, once there are enough of them for a set to pay off.</summary>
        private HashSet<long>? _spans;

        private const int SetFrom = 8;

        /// <summary>Adds a mention unless the same span is already there (constant time; most entities have few mentions and need no set).</summary>
        public void AddMention(Mention mention)
        {
            if (_spans is null)
            {
                foreach (var m in Mentions)
                {
                    if (m.Start == mention.Start && m.Length == mention.Length) return;
                }
                Mentions.Add(mention);
                if (Mentions.Count < SetFrom) return;
                _spans = new HashSet<long>();
                foreach (var m in Mentions) _spans.Add(SpanKey(m));
                return;
            }
            if (_spans.Add(SpanKey(mention))) Mentions.Add(mention);
        }

        private static long SpanKey(Mention m) => ((long)m.Start << 32) | (uint)m.Length;

        /// <summary>Token keys of the longest person name, to match surnames.</summary>
        public string[] NameKeys { get; set; } = Array.Empty<string>();

        public void AddName(string name)
        {
            if (!Names.Contains(name)) Names.Add(name);
        }

        public void AddForm(string form)
        {
            if (!Forms.Contains(form)) Forms.Add(form);
        }

        public void AddRole(string? role)
        {
            if (role != null && !Roles.Contains(role)) Roles.Add(role);
        }

        public EntitySpec Build(Text.ArticleText text)
        {
            var name = BestName();
            var aliases = new List<string>();
            foreach (var n in Names) AddAlias(aliases, n, name);
            foreach (var f in Forms) AddAlias(aliases, f, name);
            aliases.Sort(StringComparer.Ordinal);

            // A bare title ("President") adds nothing when a fuller role says it ("Russian President").
            var roles = new List<string>();
            foreach (var r in Roles)
            {
                var covered = false;
                foreach (var other in Roles)
                {
                    if (!ReferenceEquals(r, other) && other.Length > r.Length && ContainsWords(other, r)) covered = true;
                }
                if (!covered && !roles.Contains(r)) roles.Add(r);
            }
            roles.Sort(StringComparer.Ordinal);

            Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
            var spans = new List<SourceSpan>();
            foreach (var m in Mentions) spans.Add(text.Span(m.Start, m.Length));
            return new EntitySpec(name, Kind, EquatableArray.From(aliases), EquatableArray.From(roles), EquatableArray.From(spans));
        }

        /// <summary>The longest written name; among equals the gazetteer's spelling ("NATO" over "Nato").</summary>
        private string BestName()
        {
            string? best = null;
            foreach (var n in Names)
            {
                if (best is null || n.Length > best.Length
                    || (n.Length == best.Length && string.Equals(n, Canonical, StringComparison.Ordinal))
                    || (n.Length == best.Length && Gazetteer.IsAllCaps(n) && !Gazetteer.IsAllCaps(best) && Kind != EntityKind.Person))
                    best = n;
            }
            if (best != null && Kind != EntityKind.Person && string.Equals(best, Canonical, StringComparison.OrdinalIgnoreCase)) best = Canonical;
            if (best != null && Kind != EntityKind.Person && Gazetteer.AcronymCase.TryGetValue(Gazetteer.Key(best), out var acronym)) best = acronym;
            return best ?? Canonical;
        }

        private static void AddAlias(List<string> aliases, string alias, string name)
        {
            // Case-only variants ("Nato" for "NATO") are the same name, not an alias.
            if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase)) return;
            foreach (var a in aliases)
            {
                if (string.Equals(a, alias, StringComparison.OrdinalIgnoreCase)) return;
            }
            aliases.Add(alias);
        }

        private static bool ContainsWords(string haystack, string needle)
        {
            var at = haystack.IndexOf(needle, StringComparison.Ordinal);
            while (at >= 0)
            {
                var before = at == 0 || haystack[at - 1] == ' ';
                var after = at + needle.Length == haystack.Length || haystack[at + needle.Length] == ' ';
                if (before && after) return true;
                at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal);
            }
            return false;
        }
    }
}
