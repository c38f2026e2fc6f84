using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;
using Corpus.Extraction.Naming;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>
    /// The corpus-wide step: orders articles, gives each a unique identifier, merges participants,
    /// links quotes to speakers and reports cross-file findings. Deterministic whatever the input order.
    /// </summary>
    public static class CorpusMerger
    {
        /// <summary>Names the generated collection types use; a generated member must not take them.</summary>
        private static readonly HashSet<string> ReservedMemberNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "Count", "Item", "GetEnumerator", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone",
            "Finalize", "ReferenceEquals", "ArticleList", "PeopleList", "OrganizationList", "CountryList", "PlaceList",
        };

        public static CorpusModel Merge(IEnumerable<ArticleModel> input, CancellationToken cancellationToken = default)
        {
            var models = new List<ArticleModel>(input);
            var keys = new ArticleMergeKeys[models.Count];
            for (var a = 0; a < keys.Length; a++)
            {
                if ((a & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
                keys[a] = ArticleMergeKeys.For(models[a]);
            }
            return Merge(models, keys, cancellationToken);
        }

        /// <summary>
        /// The merge on keys computed beforehand, one per article (<see cref="ArticleMergeKeys.For"/>, same order as
        /// <paramref name="input"/>): a host that caches them per file re-runs only the corpus-wide join after an edit.
        /// </summary>
        public static CorpusModel Merge(IReadOnlyList<ArticleModel> input, IReadOnlyList<ArticleMergeKeys> inputKeys, CancellationToken cancellationToken = default)
        {
            if (inputKeys.Count != input.Count) throw new ArgumentException("one key set per article is required", nameof(inputKeys));
            var sorted = new int[input.Count];
            for (var i = 0; i < sorted.Length; i++) sorted[i] = i;
            Array.Sort(sorted, (x, y) =>
            {
                var c = string.CompareOrdinal(input[x].Id, input[y].Id);
                if (c == 0) c = string.CompareOrdinal(input[x].Path, input[y].Path);
                return c != 0 ? c : x.CompareTo(y);
            });
            var articles = new List<ArticleModel>(sorted.Length);
            var keys = new List<ArticleMergeKeys>(sorted.Length);
            var entityKeys = new List<EquatableArray<EntityMergeKeys>>(sorted.Length);
            foreach (var i in sorted)
            {
                articles.Add(input[i]);
                keys.Add(inputKeys[i]);
                entityKeys.Add(inputKeys[i].Entities);
            }
            cancellationToken.ThrowIfCancellationRequested();

            var findings = new List<CorpusFinding>();
            var identifiers = AssignArticleIdentifiers(articles, findings);
            DuplicateArticleFinder.Find(articles, keys, findings, cancellationToken);
            var variantGroups = QuoteVariantFinder.Find(keys, cancellationToken);
            var variantsOf = VariantLinks(articles, variantGroups, findings);

            var merged = ParticipantMerger.Merge(articles, entityKeys);
            cancellationToken.ThrowIfCancellationRequested();

            // Order participants by kind then name, and remember where each one went.
            var order = new int[merged.Participants.Count];
            for (var i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (x, y) =>
            {
                var px = merged.Participants[x];
                var py = merged.Participants[y];
                var c = px.Kind.CompareTo(py.Kind);
                return c != 0 ? c : string.CompareOrdinal(px.Name, py.Name);
            });
            var newIndex = new int[order.Length];
            for (var i = 0; i < order.Length; i++) newIndex[order[i]] = i;

            var participantArticles = new List<SortedSet<int>>();
            var participantQuotes = new List<List<QuoteRef>>();
            for (var i = 0; i < order.Length; i++)
            {
                participantArticles.Add(new SortedSet<int>());
                participantQuotes.Add(new List<QuoteRef>());
            }

            var resolver = new CorpusSpeakerResolver();
            var roleLinker = new CorpusRoleLinker();
            for (var i = 0; i < order.Length; i++)
            {
                var p = merged.Participants[order[i]];
                if (p.Kind == EntityKind.Person) resolver.AddPerson(i, p.Name, p.Aliases, p.Roles);
                if (p.Kind == EntityKind.Person) roleLinker.AddPerson(i, p.Roles);
            }

            var entries = new ArticleEntry[articles.Count];
            for (var a = 0; a < articles.Count; a++)
            {
                if ((a & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                var article = articles[a];
                var map = merged.EntityMaps[a];
                var involved = new SortedSet<int>();
                foreach (var old in map)
                {
                    involved.Add(newIndex[old]);
                    participantArticles[newIndex[old]].Add(a);
                }
                // Role phrases for a person the article never names ("the Secretary-General"): the one corpus holder of that role.
                foreach (var held in roleLinker.Link(article))
                {
                    involved.Add(held);
                    participantArticles[held].Add(a);
                }
                var speakers = new int[article.Quotes.Count];
                var variants = new EquatableArray<QuoteRef>[article.Quotes.Count];
                for (var q = 0; q < article.Quotes.Count; q++)
                {
                    var entity = article.Quotes[q].SpeakerEntity;
                    speakers[q] = entity >= 0 && entity < map.Length ? newIndex[map[entity]] : -1;
                    // A speaker the article names only by role or short name: look for the one person of the corpus it denotes.
                    if (speakers[q] < 0 && (speakers[q] = resolver.ResolveNormalized(keys[a].SpeakerPhrases[q])) >= 0)
                    {
                        involved.Add(speakers[q]);
                        participantArticles[speakers[q]].Add(a);
                    }
                    if (speakers[q] >= 0) participantQuotes[speakers[q]].Add(new QuoteRef(a, q));
                    variants[q] = variantsOf.TryGetValue(new QuoteRef(a, q), out var linked) ? linked : EquatableArray<QuoteRef>.Empty;
                }
                entries[a] = new ArticleEntry(
                    article.Path,
                    identifiers[a],
                    ArticleDataKey.For(article.Path),
                    new EquatableArray<int>(speakers),
                    EquatableArray.From(involved),
                    new EquatableArray<EquatableArray<QuoteRef>>(variants));
            }

            var participants = new ParticipantModel[order.Length];
            var used = new Dictionary<EntityKind, HashSet<string>>();
            for (var i = 0; i < order.Length; i++)
            {
                var p = merged.Participants[order[i]];
                if (!used.TryGetValue(p.Kind, out var names)) used[p.Kind] = names = new HashSet<string>(StringComparer.Ordinal);
                var identifier = Unique(IdentifierNames.FromName(p.Name), names, out var collided);
                if (collided && p.FirstMention is { } first)
                {
                    findings.Add(new CorpusFinding(articles[first.Article].Path, Finding.Create(FindingCatalog.IdentifierConflict, first.Span,
                        "The " + p.Kind.ToString().ToLowerInvariant() + " '" + p.Name + "' maps to an identifier already used; it is generated as '" + identifier + "'")));
                }
                participants[i] = new ParticipantModel(
                    p.Name,
                    p.Kind,
                    identifier,
                    EquatableArray.From(p.Aliases),
                    EquatableArray.From(p.Roles),
                    EquatableArray.From(participantArticles[i]),
                    EquatableArray.From(participantQuotes[i]));
            }

            findings.Sort((x, y) =>
            {
                var c = string.CompareOrdinal(x.Path, y.Path);
                return c != 0 ? c : FindingOrder.Compare(x.Finding, y.Finding);
            });
            return new CorpusModel(new EquatableArray<ArticleEntry>(entries), new EquatableArray<ParticipantModel>(participants), EquatableArray.From(findings));
        }

        private static string[] AssignArticleIdentifiers(List<ArticleModel> articles, List<CorpusFinding> findings)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var result = new string[articles.Count];
            for (var a = 0; a < articles.Count; a++)
            {
                result[a] = Unique(articles[a].Id, used, out var collided);
                if (collided)
                {
                    findings.Add(new CorpusFinding(articles[a].Path, Finding.Create(FindingCatalog.IdentifierConflict, SourceSpan.FileStart,
                        "The article id '" + articles[a].Id + "' is already used by another file or the generated API; this article is generated as '" + result[a] + "'")));
                }
            }
            return result;
        }

        /// <summary>The identifier, or with a numeric suffix when taken or reserved; deterministic given the order.</summary>
        private static string Unique(string identifier, HashSet<string> used, out bool collided)
        {
            var bare = identifier.TrimStart('@');
            collided = false;
            if (ReservedMemberNames.Contains(bare))
            {
                // A name the generated collection types already use (Count, GetEnumerator, ...).
                bare += "_";
                collided = true;
            }
            var candidate = bare;
            for (var n = 2; used.Contains(candidate) || IdentifierNames.IsKeyword(candidate); n++)
            {
                candidate = bare + "_" + n.ToString(CultureInfo.InvariantCulture);
                collided = true;
            }
            used.Add(candidate);
            return candidate;
        }

        /// <summary>Per quote, the variants in other articles; and one CORPUS010 per group, on its first quote.</summary>
        private static Dictionary<QuoteRef, EquatableArray<QuoteRef>> VariantLinks(List<ArticleModel> articles, List<List<QuoteRef>> groups, List<CorpusFinding> findings)
        {
            var links = new Dictionary<QuoteRef, EquatableArray<QuoteRef>>();
            foreach (var group in groups)
            {
                foreach (var member in group)
                {
                    var others = new List<QuoteRef>();
                    foreach (var other in group)
                    {
                        if (other.Article != member.Article) others.Add(other);
                    }
                    links[member] = EquatableArray.From(others);
                }
                var first = group[0];
                var places = new List<string>();
                foreach (var other in group)
                {
                    if (other.Article == first.Article) continue;
                    var span = articles[other.Article].Quotes[other.Quote].Span;
                    var place = articles[other.Article].Path + " (line " + span.Line.ToString(CultureInfo.InvariantCulture) + ")";
                    if (!places.Contains(place)) places.Add(place);
                }
                findings.Add(new CorpusFinding(articles[first.Article].Path, Finding.Create(FindingCatalog.QuoteVariant, articles[first.Article].Quotes[first.Quote].Span, string.Join(", ", places))));
            }
            return links;
        }
    }
}
