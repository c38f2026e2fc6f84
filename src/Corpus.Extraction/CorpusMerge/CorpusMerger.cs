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
        /// It is the composition of the phases a host can also run apart (<see cref="MergeParticipants"/>,
        /// <see cref="FindVariants"/>, <see cref="LinkArticle"/>, <see cref="LinkParticipants"/>), plus the cross-file
        /// findings (duplicates, quote variants).
        /// </summary>
        public static CorpusModel Merge(IReadOnlyList<ArticleModel> input, IReadOnlyList<ArticleMergeKeys> inputKeys, CancellationToken cancellationToken = default)
        {
            if (inputKeys.Count != input.Count) throw new ArgumentException("one key set per article is required", nameof(inputKeys));
            var table = MergeParticipants(input, inputKeys, out var sorted, cancellationToken);
            var articles = new List<ArticleModel>(sorted.Length);
            var keys = new List<ArticleMergeKeys>(sorted.Length);
            foreach (var i in sorted)
            {
                articles.Add(input[i]);
                keys.Add(inputKeys[i]);
            }

            var findings = new List<CorpusFinding>(table.Findings);
            foreach (var finding in table.EntityFindings) findings.Add(finding.Locate(articles[finding.Article]));
            DuplicateArticleFinder.Find(articles, keys, findings, cancellationToken);
            var variantGroups = QuoteVariantFinder.Find(keys, cancellationToken);
            VariantFindings(articles, variantGroups, findings);
            var variantsOf = VariantsByArticle(variantGroups, articles.Count, a => articles[a].Quotes.Count);

            var entries = new ArticleEntry[articles.Count];
            for (var a = 0; a < articles.Count; a++)
            {
                if ((a & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                entries[a] = LinkArticle(table, a, articles[a], keys[a], variantsOf[a]);
            }
            var speakers = new EquatableArray<int>[entries.Length];
            var involved = new EquatableArray<int>[entries.Length];
            for (var a = 0; a < entries.Length; a++)
            {
                speakers[a] = entries[a].QuoteSpeakers;
                involved[a] = entries[a].Participants;
            }
            var participants = LinkParticipants(table, speakers, involved);

            SortFindings(findings);
            return new CorpusModel(new EquatableArray<ArticleEntry>(entries), participants, EquatableArray.From(findings));
        }

        /// <summary>Corpus findings in their reported order: by path, then by finding.</summary>
        public static void SortFindings(List<CorpusFinding> findings)
            => findings.Sort((x, y) =>
            {
                var c = string.CompareOrdinal(x.Path, y.Path);
                return c != 0 ? c : FindingOrder.Compare(x.Finding, y.Finding);
            });

        /// <summary>
        /// The phase of the merge that depends only on what articles say about participants (entities, role mentions) and on their
        /// ids and paths, never on quotes: article order and identifiers, merged participants with their identifiers,
        /// each article's entity map and base participants, and the naming conflicts. Quotes are not read.
        /// </summary>
        public static ParticipantTable MergeParticipants(IReadOnlyList<ArticleModel> input, IReadOnlyList<ArticleMergeKeys> inputKeys, CancellationToken cancellationToken = default)
            => MergeParticipants(input, inputKeys, out _, cancellationToken);

        private static ParticipantTable MergeParticipants(IReadOnlyList<ArticleModel> input, IReadOnlyList<ArticleMergeKeys> inputKeys, out int[] sorted, CancellationToken cancellationToken)
        {
            if (inputKeys.Count != input.Count) throw new ArgumentException("one key set per article is required", nameof(inputKeys));
            sorted = new int[input.Count];
            for (var i = 0; i < sorted.Length; i++) sorted[i] = i;
            Array.Sort(sorted, (x, y) =>
            {
                var c = string.CompareOrdinal(input[x].Id, input[y].Id);
                if (c == 0) c = string.CompareOrdinal(input[x].Path, input[y].Path);
                return c != 0 ? c : x.CompareTo(y);
            });
            var articles = new List<ArticleModel>(sorted.Length);
            var entityKeys = new List<EquatableArray<EntityMergeKeys>>(sorted.Length);
            var paths = new string[sorted.Length];
            foreach (var i in sorted)
            {
                paths[articles.Count] = input[i].Path;
                articles.Add(input[i]);
                entityKeys.Add(inputKeys[i].Entities);
            }
            cancellationToken.ThrowIfCancellationRequested();

            var findings = new List<CorpusFinding>();
            var identifiers = AssignArticleIdentifiers(articles, findings);
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

            var roleLinker = new CorpusRoleLinker();
            for (var i = 0; i < order.Length; i++)
            {
                var p = merged.Participants[order[i]];
                if (p.Kind == EntityKind.Person) roleLinker.AddPerson(i, p.Roles);
            }

            var maps = new EquatableArray<int>[articles.Count];
            var involvedBy = new EquatableArray<int>[articles.Count];
            var involved = new List<int>();
            for (var a = 0; a < articles.Count; a++)
            {
                if ((a & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                var map = merged.EntityMaps[a];
                var mapped = new int[map.Length];
                involved.Clear();
                for (var e = 0; e < map.Length; e++)
                {
                    mapped[e] = newIndex[map[e]];
                    involved.Add(mapped[e]);
                }
                // Role phrases for a person the article never names ("the Secretary-General"): the one corpus holder of that role.
                foreach (var held in roleLinker.Link(articles[a])) involved.Add(held);
                maps[a] = new EquatableArray<int>(mapped);
                involvedBy[a] = new EquatableArray<int>(SortedDistinct(involved));
            }

            var participants = new ParticipantModel[order.Length];
            var entityFindings = new List<EntityFinding>();
            var used = new Dictionary<EntityKind, HashSet<string>>();
            for (var i = 0; i < order.Length; i++)
            {
                var p = merged.Participants[order[i]];
                if (!used.TryGetValue(p.Kind, out var names)) used[p.Kind] = names = new HashSet<string>(StringComparer.Ordinal);
                var identifier = Unique(IdentifierNames.FromName(p.Name), names, out var collided);
                if (collided && p.FirstMention is { } first)
                {
                    // Located by the entity, not its span, so the table does not change when text before the mention moves.
                    entityFindings.Add(new EntityFinding(first.Article, first.Entity, Finding.Create(FindingCatalog.IdentifierConflict, SourceSpan.FileStart,
                        "The " + p.Kind.ToString().ToLowerInvariant() + " '" + p.Name + "' maps to an identifier already used; it is generated as '" + identifier + "'")));
                }
                participants[i] = new ParticipantModel(
                    p.Name,
                    p.Kind,
                    identifier,
                    EquatableArray.From(p.Aliases),
                    EquatableArray.From(p.Roles),
                    EquatableArray<int>.Empty,
                    EquatableArray<QuoteRef>.Empty);
            }
            return new ParticipantTable(
                new EquatableArray<string>(paths),
                new EquatableArray<string>(identifiers),
                new EquatableArray<ParticipantModel>(participants),
                new EquatableArray<EquatableArray<int>>(maps),
                new EquatableArray<EquatableArray<int>>(involvedBy),
                EquatableArray.From(findings),
                EquatableArray.From(entityFindings));
        }

        /// <summary>
        /// Per article of the table's order, per quote, the variants in other articles (<see cref="QuoteVariantFinder"/>);
        /// <paramref name="sortedKeys"/> are the articles' keys in the table's order.
        /// </summary>
        public static EquatableArray<EquatableArray<QuoteRef>>[] FindVariants(IReadOnlyList<ArticleMergeKeys> sortedKeys, CancellationToken cancellationToken = default)
            => VariantsByArticle(QuoteVariantFinder.Find(sortedKeys, cancellationToken), sortedKeys.Count, a => sortedKeys[a].QuoteStems.Count);

        /// <summary>
        /// The quote-dependent phase for one article, at <paramref name="index"/> of the table's order: each quote's speaker
        /// (its entity's participant, else the one corpus person its speaker phrase denotes), the participants the article
        /// involves, and its quotes' variants (<paramref name="variants"/>: one entry per quote, or empty for none at all).
        /// </summary>
        public static ArticleEntry LinkArticle(ParticipantTable table, int index, ArticleModel article, ArticleMergeKeys keys, EquatableArray<EquatableArray<QuoteRef>> variants)
        {
            var map = table.EntityMaps[index];
            var resolver = table.Resolver;
            var speakers = new int[article.Quotes.Count];
            List<int>? resolved = null;
            for (var q = 0; q < speakers.Length; q++)
            {
                var entity = article.Quotes[q].SpeakerEntity;
                speakers[q] = entity >= 0 && entity < map.Count ? map[entity] : -1;
                // A speaker the article names only by role or short name: look for the one person of the corpus it denotes.
                if (speakers[q] < 0 && (speakers[q] = resolver.ResolveNormalized(keys.SpeakerPhrases[q])) >= 0) (resolved ??= new List<int>()).Add(speakers[q]);
            }
            var involved = table.Involved[index];
            if (resolved != null)
            {
                resolved.AddRange(involved);
                involved = new EquatableArray<int>(SortedDistinct(resolved));
            }
            EquatableArray<QuoteRef>[] perQuote;
            if (variants.Count == speakers.Length)
            {
                perQuote = new EquatableArray<QuoteRef>[speakers.Length];
                for (var q = 0; q < perQuote.Length; q++) perQuote[q] = variants[q];
            }
            else
            {
                perQuote = new EquatableArray<QuoteRef>[speakers.Length];
                for (var q = 0; q < perQuote.Length; q++) perQuote[q] = EquatableArray<QuoteRef>.Empty;
            }
            return new ArticleEntry(
                article.Path,
                table.Identifiers[index],
                ArticleDataKey.For(article.Path),
                new EquatableArray<int>(speakers),
                involved,
                new EquatableArray<EquatableArray<QuoteRef>>(perQuote));
        }

        /// <summary>
        /// The table's participants with their links: per participant, the articles that involve it and the quotes it speaks,
        /// from each article's speakers and participants (<see cref="LinkArticle"/>, in the table's order).
        /// </summary>
        public static EquatableArray<ParticipantModel> LinkParticipants(ParticipantTable table, IReadOnlyList<EquatableArray<int>> speakers, IReadOnlyList<EquatableArray<int>> involved)
        {
            var count = table.Participants.Count;
            var articles = new List<int>?[count];
            var quotes = new List<QuoteRef>?[count];
            for (var a = 0; a < involved.Count; a++)
            {
                foreach (var p in involved[a]) (articles[p] ??= new List<int>()).Add(a);
                var s = speakers[a];
                for (var q = 0; q < s.Count; q++)
                {
                    if (s[q] >= 0) (quotes[s[q]] ??= new List<QuoteRef>()).Add(new QuoteRef(a, q));
                }
            }
            var result = new ParticipantModel[count];
            for (var i = 0; i < count; i++)
            {
                result[i] = table.Participants[i] with
                {
                    Articles = articles[i] is { } list ? new EquatableArray<int>(list.ToArray()) : EquatableArray<int>.Empty,
                    Quotes = quotes[i] is { } refs ? new EquatableArray<QuoteRef>(refs.ToArray()) : EquatableArray<QuoteRef>.Empty,
                };
            }
            return new EquatableArray<ParticipantModel>(result);
        }

        private static int[] SortedDistinct(List<int> values)
        {
            values.Sort();
            var n = 0;
            for (var i = 0; i < values.Count; i++)
            {
                if (n == 0 || values[i] != values[n - 1]) values[n++] = values[i];
            }
            var result = new int[n];
            values.CopyTo(0, result, 0, n);
            return result;
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

        /// <summary>Per article, per quote, the variants in other articles (an article with none gets an empty array).</summary>
        private static EquatableArray<EquatableArray<QuoteRef>>[] VariantsByArticle(List<List<QuoteRef>> groups, int articleCount, Func<int, int> quoteCount)
        {
            var result = new EquatableArray<EquatableArray<QuoteRef>>[articleCount];
            EquatableArray<QuoteRef>[]?[] perQuote = new EquatableArray<QuoteRef>[]?[articleCount];
            foreach (var group in groups)
            {
                foreach (var member in group)
                {
                    var others = new List<QuoteRef>();
                    foreach (var other in group)
                    {
                        if (other.Article != member.Article) others.Add(other);
                    }
                    var quotes = perQuote[member.Article];
                    if (quotes is null)
                    {
                        perQuote[member.Article] = quotes = new EquatableArray<QuoteRef>[quoteCount(member.Article)];
                        for (var q = 0; q < quotes.Length; q++) quotes[q] = EquatableArray<QuoteRef>.Empty;
                    }
                    quotes[member.Quote] = EquatableArray.From(others);
                }
            }
            for (var a = 0; a < articleCount; a++)
            {
                result[a] = perQuote[a] is { } quotes ? new EquatableArray<EquatableArray<QuoteRef>>(quotes) : EquatableArray<EquatableArray<QuoteRef>>.Empty;
            }
            return result;
        }

        /// <summary>One CORPUS010 per group of variants, on its first quote.</summary>
        private static void VariantFindings(List<ArticleModel> articles, List<List<QuoteRef>> groups, List<CorpusFinding> findings)
        {
            foreach (var group in groups)
            {
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
        }
    }
}
