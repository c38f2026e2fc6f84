using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;
using Corpus.Generator.Diagnostics;

namespace Corpus.Generator.Pipeline
{
    /// <summary>The corpus-wide step: merge the articles with the engine and shape the result for the emitter.</summary>
    internal static class CorpusStep
    {
        private const int PreviewQuotes = 3;

        /// <summary>
        /// <see cref="Build"/>, but a failure of the merge becomes CORPUS999 and a corpus with no articles,
        /// so the generated code still compiles (the per-article data is then simply unreferenced).
        /// </summary>
        public static CorpusSpec BuildSafely(ImmutableArray<ArticleResult> results, GeneratorSettings settings, CancellationToken cancellationToken)
        {
            try
            {
                return Build(results, settings, cancellationToken);
            }
            catch (System.Exception ex) when (ex is not System.OperationCanceledException)
            {
                return new CorpusSpec(settings, EquatableArray<ArticleSummary>.Empty, EquatableArray<ParticipantModel>.Empty,
                    new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.InternalError(null, "merging the corpus failed: " + ex.GetType().Name + ": " + ex.Message) }));
            }
        }

        private static readonly EquatableArray<SourceSpan> NoSpans = new EquatableArray<SourceSpan>(new[] { SourceSpan.FileStart });

        /// <summary>
        /// What the generator's corpus-wide step needs of one article, and nothing more: no text, no paragraphs, no
        /// per-file findings, no quote or role-mention positions, only the first mention of each entity (where a naming
        /// conflict is reported), and no paragraph keys (duplicate articles are the analyzer's finding). Cached per article, so an
        /// edit that leaves these equal (a paragraph added or reworded without touching quotes or participants) does
        /// not re-run the merge at all.
        /// </summary>
        public static ArticleResult MergeInput(ArticleResult result)
        {
            var model = result.Model;
            var quotes = new QuoteSpec[model.Quotes.Count];
            for (var q = 0; q < quotes.Length; q++) quotes[q] = model.Quotes[q] with { Segments = NoSpans };
            var entities = new EntitySpec[model.Entities.Count];
            for (var e = 0; e < entities.Length; e++)
            {
                var entity = model.Entities[e];
                entities[e] = entity.Mentions.Count <= 1 ? entity : entity with { Mentions = new EquatableArray<SourceSpan>(new[] { entity.Mentions[0] }) };
            }
            var roleMentions = new RoleMentionSpec[model.RoleMentions.Count];
            for (var r = 0; r < roleMentions.Length; r++) roleMentions[r] = model.RoleMentions[r] with { Span = SourceSpan.FileStart };
            var projected = model with
            {
                RoleMentions = new EquatableArray<RoleMentionSpec>(roleMentions),
                Text = string.Empty,
                Paragraphs = EquatableArray<ParagraphSpec>.Empty,
                Headings = EquatableArray<ParagraphSpec>.Empty,
                Findings = EquatableArray<Finding>.Empty,
                Quotes = new EquatableArray<QuoteSpec>(quotes),
                Entities = new EquatableArray<EntitySpec>(entities),
            };
            var keys = (result.MergeKeys ?? ArticleMergeKeys.For(model)) with
            {
                ParagraphKeys = EquatableArray<ulong>.Empty,
                DistinctParagraphKeys = EquatableArray<ulong>.Empty,
                BodyKey = 0,
            };
            return new ArticleResult(result.FullPath, result.DataKey, projected, keys);
        }

        /// <summary>What the corpus files need of one article, given its place in the corpus (<paramref name="entry"/>).</summary>
        public static ArticleSummary Summary(ArticleResult result, ArticleEntry entry, EquatableArray<ParticipantModel> participants)
        {
            var model = result.Model;
            var previews = new List<string>();
            for (var q = 0; q < model.Quotes.Count && previews.Count < PreviewQuotes; q++)
            {
                var quote = model.Quotes[q];
                if (quote.IsFragment) continue;
                var speaker = entry.QuoteSpeakers[q];
                previews.Add("\u201C" + quote.Text + "\u201D" + (speaker >= 0 ? " (" + participants[speaker].Name + ")" : string.Empty));
            }
            return new ArticleSummary(
                result.DataKey,
                entry.Identifier,
                model.FileName,
                model.Title,
                model.Date,
                model.Source,
                entry.QuoteSpeakers,
                entry.Participants,
                entry.QuoteVariants,
                new EquatableArray<string>(previews.ToArray()),
                ArticleBucket.Of(result));
        }

        public static CorpusSpec Build(ImmutableArray<ArticleResult> results, GeneratorSettings settings, CancellationToken cancellationToken)
        {
            var byPath = new Dictionary<string, ArticleResult>(System.StringComparer.Ordinal);
            var models = new List<ArticleModel>(results.Length);
            var keys = new List<ArticleMergeKeys>(results.Length);
            foreach (var r in results)
            {
                // Two items for one path (the same file listed twice) count once.
                if (byPath.ContainsKey(r.Model.Path)) continue;
                byPath[r.Model.Path] = r;
                models.Add(r.Model);
                keys.Add(r.MergeKeys ?? ArticleMergeKeys.For(r.Model));
            }

            var corpus = CorpusMerger.Merge(models, keys, cancellationToken);
            var articles = new ArticleSummary[corpus.Articles.Count];
            for (var a = 0; a < articles.Length; a++)
            {
                var entry = corpus.Articles[a];
                articles[a] = Summary(byPath[entry.Path], entry, corpus.Participants);
            }

            var diagnostics = new List<DiagnosticInfo>();
            foreach (var finding in corpus.Findings)
            {
                var path = byPath.TryGetValue(finding.Path, out var r) ? r.FullPath : finding.Path;
                diagnostics.Add(DiagnosticInfo.FromFinding(path, finding.Finding));
            }
            return new CorpusSpec(settings, new EquatableArray<ArticleSummary>(articles), corpus.Participants, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
        }
    }
}
