using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>
    /// Unifies the per-article entities into corpus participants. Rule: same kind and the same name
    /// ignoring case and punctuation; a person known in an article only by surname joins the one
    /// corpus person whose full name ends with it, and stays separate when several do.
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

            /// <summary>First mention of the first article, for locating diagnostics.</summary>
            public (int Article, SourceSpan Span)? FirstMention { get; set; }
        }

        public static Result Merge(IReadOnlyList<ArticleModel> articles)
        {
            var participants = new List<MergedParticipant>();
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            var maps = new int[articles.Count][];

            // Multi-word names first, so single surnames can attach to a full name.
            var order = new List<(int Article, int Entity)>();
            for (var a = 0; a < articles.Count; a++)
            {
                maps[a] = new int[articles[a].Entities.Count];
                for (var e = 0; e < articles[a].Entities.Count; e++) order.Add((a, e));
            }
            order.Sort((x, y) =>
            {
                var wx = WordCount(articles[x.Article].Entities[x.Entity].Name);
                var wy = WordCount(articles[y.Article].Entities[y.Entity].Name);
                if (wx != wy) return wy.CompareTo(wx);
                if (x.Article != y.Article) return x.Article.CompareTo(y.Article);
                return x.Entity.CompareTo(y.Entity);
            });

            var surnames = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var (a, e) in order)
            {
                var entity = articles[a].Entities[e];
                var key = Key(entity.Kind, entity.Name);
                if (!byKey.TryGetValue(key, out var index))
                {
                    index = -1;
                    if (entity.Kind == EntityKind.Person && WordCount(entity.Name) == 1
                        && surnames.TryGetValue(Normalize(entity.Name), out var holders) && holders.Count == 1)
                    {
                        index = holders[0];
                    }
                    if (index < 0)
                    {
                        index = participants.Count;
                        participants.Add(new MergedParticipant(entity.Name, entity.Kind));
                        if (entity.Kind == EntityKind.Person && WordCount(entity.Name) > 1)
                        {
                            var surname = Normalize(LastWord(entity.Name));
                            if (!surnames.TryGetValue(surname, out var list)) surnames[surname] = list = new List<int>();
                            list.Add(index);
                        }
                    }
                    byKey[key] = index;
                }
                maps[a][e] = index;
                var p = participants[index];
                p.Aliases.Add(entity.Name);
                foreach (var alias in entity.Aliases) p.Aliases.Add(alias);
                foreach (var role in entity.Roles)
                {
                    if (!p.Roles.Contains(role)) p.Roles.Add(role);
                }
                if (entity.Mentions.Count > 0 && (p.FirstMention is null || a < p.FirstMention.Value.Article))
                    p.FirstMention = (a, entity.Mentions[0]);
            }
            foreach (var p in participants)
            {
                p.Aliases.Remove(p.Name);
                p.Roles.Sort(StringComparer.Ordinal);
            }
            return new Result(participants, maps);
        }

        private static string Key(EntityKind kind, string name) => ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + Normalize(name);

        internal static string Normalize(string name)
        {
            var sb = new System.Text.StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
                else if (char.IsWhiteSpace(c) || c == '-') sb.Append(' ');
            }
            return sb.ToString().Trim();
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

        private static string LastWord(string s)
        {
            var parts = s.Split(' ');
            return parts[parts.Length - 1];
        }
    }
}
