using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;
using Corpus.Generator.Diagnostics;

namespace Corpus.Generator.Pipeline
{
    /// <summary>
    /// The participant table of the corpus (<see cref="CorpusMerger.MergeParticipants"/>), or an empty table and the
    /// failure of the merge (CORPUS999) in <see cref="Diagnostics"/>.
    /// </summary>
    internal sealed record ParticipantsResult(ParticipantTable Table, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        private static readonly ConditionalWeakTableCache<ParticipantsResult, Dictionary<string, int>> Indexes = new();

        /// <summary>From the sizes only: a table is large and the driver may hash it per item it is combined with.</summary>
        public override int GetHashCode() => (Table.Paths.Count * 31 + Table.Participants.Count) * 31 + Diagnostics.Count;

        /// <summary>The corpus index of the article at a path, or -1; the lookup is built once per instance.</summary>
        public int IndexOf(string path)
        {
            var index = Indexes.Get(this, static result =>
            {
                var map = new Dictionary<string, int>(result.Table.Paths.Count, System.StringComparer.Ordinal);
                for (var i = 0; i < result.Table.Paths.Count; i++) map[result.Table.Paths[i]] = i;
                return map;
            });
            return index.TryGetValue(path, out var i) ? i : -1;
        }
    }

    /// <summary>The quote variants of the articles that have any: per article (corpus index), per quote, the variants.</summary>
    internal sealed record VariantTable(EquatableArray<ArticleVariants> Articles)
    {
        public static readonly VariantTable Empty = new VariantTable(EquatableArray<ArticleVariants>.Empty);

        /// <summary>From the size only (see <see cref="ParticipantsResult.GetHashCode"/>).</summary>
        public override int GetHashCode() => Articles.Count;

        /// <summary>The variants of the article at a corpus index, or empty when it has none.</summary>
        public EquatableArray<EquatableArray<QuoteRef>> Of(int article)
        {
            int lo = 0, hi = Articles.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                var at = Articles[mid].Article;
                if (at == article) return Articles[mid].Quotes;
                if (at < article) lo = mid + 1;
                else hi = mid - 1;
            }
            return EquatableArray<EquatableArray<QuoteRef>>.Empty;
        }
    }

    /// <summary>The variants of one article's quotes (<see cref="VariantTable"/>).</summary>
    internal sealed record ArticleVariants(int Article, EquatableArray<EquatableArray<QuoteRef>> Quotes);

    /// <summary>One article linked into the corpus: its corpus index (-1 when the corpus does not hold it) and summary.</summary>
    internal sealed record ArticleLink(int Index, ArticleSummary? Article, DiagnosticInfo? Error);

    /// <summary>Everything the corpus files are emitted from: settings, the participant table, and the linked articles in corpus order.</summary>
    internal sealed record CorpusLinks(GeneratorSettings Settings, ParticipantsResult Participants, EquatableArray<ArticleLink> Articles)
    {
        /// <summary>From the sizes only (see <see cref="ParticipantsResult.GetHashCode"/>).</summary>
        public override int GetHashCode() => Participants.GetHashCode() * 31 + Articles.Count;
    }

    /// <summary>
    /// The corpus step of the generator in phases, each its own pipeline step, so an edit re-runs only the phases whose
    /// inputs it changes: the participant table (entities, role mentions, ids: not quotes), the quote variants (corpus-wide,
    /// on quote stems), and per article the links (speakers, involved participants, previews). An edit to one quote re-runs
    /// the variant search and that article's links; the participant merge stays cached.
    /// </summary>
    internal static class CorpusLinkSteps
    {
        private static readonly EquatableArray<SourceSpan> Mentioned = new EquatableArray<SourceSpan>(new[] { SourceSpan.FileStart });

        /// <summary>
        /// What the participant table needs of one article: its merge input without quotes and without text positions
        /// (an entity keeps only whether it is mentioned), so an edit that only rewords or moves text leaves it equal.
        /// </summary>
        public static ArticleResult ParticipantInput(ArticleResult mergeInput)
        {
            var model = mergeInput.Model;
            var keys = mergeInput.MergeKeys ?? ArticleMergeKeys.For(model);
            var entities = new EntitySpec[model.Entities.Count];
            for (var e = 0; e < entities.Length; e++)
            {
                var entity = model.Entities[e];
                entities[e] = entity.Mentions.Count == 0 ? entity : entity with { Mentions = Mentioned };
            }
            return mergeInput with
            {
                Model = model with { Quotes = EquatableArray<QuoteSpec>.Empty, Entities = new EquatableArray<EntitySpec>(entities) },
                MergeKeys = keys with { QuoteStems = EquatableArray<EquatableArray<ulong>>.Empty, SpeakerPhrases = EquatableArray<string>.Empty },
            };
        }

        public static ParticipantsResult Participants(ImmutableArray<Shared<ArticleResult>> inputs, CancellationToken cancellationToken)
        {
            var results = Distinct(inputs);
            try
            {
                var models = new List<ArticleModel>(results.Count);
                var keys = new List<ArticleMergeKeys>(results.Count);
                foreach (var r in results)
                {
                    models.Add(r.Model);
                    keys.Add(r.MergeKeys ?? ArticleMergeKeys.For(r.Model));
                }
                return new ParticipantsResult(CorpusMerger.MergeParticipants(models, keys, cancellationToken), EquatableArray<DiagnosticInfo>.Empty);
            }
            catch (System.Exception ex) when (ex is not System.OperationCanceledException)
            {
                return Failed(ex);
            }
        }

        /// <summary>
        /// The naming conflicts the generator reports (CORPUS009), located in the merge inputs (which keep each entity's
        /// first mention), in reported order. Cheap when there are none, as the inputs are then not read.
        /// </summary>
        public static EquatableArray<DiagnosticInfo> NamingConflicts(ImmutableArray<Shared<ArticleResult>> inputs, ParticipantsResult participants)
        {
            var table = participants.Table;
            if (table.Findings.Count == 0 && table.EntityFindings.Count == 0) return EquatableArray<DiagnosticInfo>.Empty;
            var byPath = new Dictionary<string, ArticleResult>(System.StringComparer.Ordinal);
            foreach (var input in inputs)
            {
                if (!byPath.ContainsKey(input.Value.Model.Path)) byPath[input.Value.Model.Path] = input.Value;
            }
            var findings = new List<CorpusFinding>(table.Findings);
            foreach (var finding in table.EntityFindings)
            {
                if (finding.Article < table.Paths.Count && byPath.TryGetValue(table.Paths[finding.Article], out var article)) findings.Add(finding.Locate(article.Model));
            }
            CorpusMerger.SortFindings(findings);
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var finding in findings)
            {
                if (!ReportingPolicy.ByGenerator(finding.Finding.Id)) continue;
                diagnostics.Add(DiagnosticInfo.FromFinding(byPath.TryGetValue(finding.Path, out var r) ? r.FullPath : finding.Path, finding.Finding));
            }
            return new EquatableArray<DiagnosticInfo>(diagnostics.ToArray());
        }

        public static VariantTable Variants(ImmutableArray<Shared<ArticleResult>> inputs, ParticipantsResult participants, CancellationToken cancellationToken)
        {
            var paths = participants.Table.Paths;
            if (paths.Count == 0) return VariantTable.Empty;
            var keys = new ArticleMergeKeys[paths.Count];
            foreach (var input in inputs)
            {
                var index = participants.IndexOf(input.Value.Model.Path);
                if (index >= 0 && keys[index] is null) keys[index] = input.Value.MergeKeys ?? ArticleMergeKeys.For(input.Value.Model);
            }
            for (var i = 0; i < keys.Length; i++)
            {
                // The table and the inputs come from the same collection; a mismatch would be a pipeline bug: no variants rather than a crash.
                if (keys[i] is null) return VariantTable.Empty;
            }
            var byArticle = CorpusMerger.FindVariants(keys, cancellationToken);
            var list = new List<ArticleVariants>();
            for (var a = 0; a < byArticle.Length; a++)
            {
                if (byArticle[a].Count > 0) list.Add(new ArticleVariants(a, byArticle[a]));
            }
            return list.Count == 0 ? VariantTable.Empty : new VariantTable(new EquatableArray<ArticleVariants>(list.ToArray()));
        }

        public static ArticleLink Link(ArticleResult mergeInput, ParticipantsResult participants, VariantTable variants)
        {
            var index = participants.IndexOf(mergeInput.Model.Path);
            if (index < 0) return new ArticleLink(-1, null, null);
            var table = participants.Table;
            var keys = mergeInput.MergeKeys ?? ArticleMergeKeys.For(mergeInput.Model);
            try
            {
                var entry = CorpusMerger.LinkArticle(table, index, mergeInput.Model, keys, variants.Of(index));
                return new ArticleLink(index, CorpusStep.Summary(mergeInput, entry, table.Participants), null);
            }
            catch (System.Exception ex) when (ex is not System.OperationCanceledException)
            {
                // The article keeps its place in the corpus with no links, so the generated code still compiles.
                var quotes = mergeInput.Model.Quotes.Count;
                var speakers = new int[quotes];
                var none = new EquatableArray<QuoteRef>[quotes];
                for (var q = 0; q < quotes; q++)
                {
                    speakers[q] = -1;
                    none[q] = EquatableArray<QuoteRef>.Empty;
                }
                var entry = new ArticleEntry(mergeInput.Model.Path, table.Identifiers[index], mergeInput.DataKey, new EquatableArray<int>(speakers), EquatableArray<int>.Empty,
                    new EquatableArray<EquatableArray<QuoteRef>>(none));
                return new ArticleLink(index, CorpusStep.Summary(mergeInput, entry, table.Participants),
                    DiagnosticInfo.InternalError(mergeInput.FullPath, "linking the article into the corpus failed: " + ex.GetType().Name + ": " + ex.Message));
            }
        }

        /// <summary>The linked articles in corpus order: one per corpus index (the first for a path listed twice).</summary>
        public static CorpusLinks Corpus(ImmutableArray<Shared<ArticleLink>> links, ParticipantsResult participants, GeneratorSettings settings)
        {
            var ordered = new ArticleLink[participants.Table.Paths.Count];
            foreach (var shared in links)
            {
                var link = shared.Value;
                if (link.Index >= 0 && link.Index < ordered.Length && ordered[link.Index] is null) ordered[link.Index] = link;
            }
            foreach (var link in ordered)
            {
                if (link is null) throw new System.InvalidOperationException("an article of the corpus has no link");
            }
            return new CorpusLinks(settings, participants, new EquatableArray<ArticleLink>(ordered));
        }

        public static CorpusTop Top(CorpusLinks corpus) => CorpusParts.Top(corpus.Settings, Summaries(corpus), corpus.Participants.Table.Participants);

        public static ImmutableArray<CorpusArticlePart> ArticleParts(CorpusLinks corpus) => CorpusParts.ArticleParts(corpus.Settings, Summaries(corpus));

        public static ImmutableArray<CorpusParticipantPart> ParticipantParts(CorpusLinks corpus)
        {
            var speakers = new EquatableArray<int>[corpus.Articles.Count];
            var involved = new EquatableArray<int>[corpus.Articles.Count];
            for (var a = 0; a < speakers.Length; a++)
            {
                var article = corpus.Articles[a].Article!;
                speakers[a] = article.QuoteSpeakers;
                involved[a] = article.Participants;
            }
            return CorpusParts.ParticipantParts(corpus.Settings, CorpusMerger.LinkParticipants(corpus.Participants.Table, speakers, involved));
        }

        public static CorpusReport Report(CorpusLinks corpus, EquatableArray<DiagnosticInfo> namingConflicts)
        {
            var diagnostics = new List<DiagnosticInfo>(corpus.Participants.Diagnostics);
            diagnostics.AddRange(namingConflicts);
            foreach (var link in corpus.Articles)
            {
                if (link.Error is { } error) diagnostics.Add(error);
            }
            return new CorpusReport(corpus.Settings.Problems, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
        }

        private static ArticleSummary[] Summaries(CorpusLinks corpus)
        {
            var result = new ArticleSummary[corpus.Articles.Count];
            for (var a = 0; a < result.Length; a++) result[a] = corpus.Articles[a].Article!;
            return result;
        }

        private static ParticipantsResult Failed(System.Exception ex)
            => new ParticipantsResult(
                new ParticipantTable(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<ParticipantModel>.Empty,
                    EquatableArray<EquatableArray<int>>.Empty, EquatableArray<EquatableArray<int>>.Empty, EquatableArray<CorpusFinding>.Empty, EquatableArray<EntityFinding>.Empty),
                new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.InternalError(null, "merging the corpus failed: " + ex.GetType().Name + ": " + ex.Message) }));

        /// <summary>The inputs with one item per path (the same file listed twice counts once, as in <see cref="CorpusStep.Build"/>).</summary>
        private static List<ArticleResult> Distinct(ImmutableArray<Shared<ArticleResult>> inputs)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            var result = new List<ArticleResult>(inputs.Length);
            foreach (var input in inputs)
            {
                if (seen.Add(input.Value.Model.Path)) result.Add(input.Value);
            }
            return result;
        }
    }

    /// <summary>A value computed once per key instance and not part of the key's value (a lookup built from a pipeline model).</summary>
    internal sealed class ConditionalWeakTableCache<TKey, TValue>
        where TKey : class
        where TValue : class
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<TKey, TValue> _table = new System.Runtime.CompilerServices.ConditionalWeakTable<TKey, TValue>();

        public TValue Get(TKey key, System.Runtime.CompilerServices.ConditionalWeakTable<TKey, TValue>.CreateValueCallback create) => _table.GetValue(key, create);
    }
}
