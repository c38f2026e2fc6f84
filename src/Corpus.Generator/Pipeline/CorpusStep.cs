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
                var result = byPath[entry.Path];
                var model = result.Model;
                var previews = new List<string>();
                for (var q = 0; q < model.Quotes.Count && previews.Count < PreviewQuotes; q++)
                {
                    var quote = model.Quotes[q];
                    if (quote.IsFragment) continue;
                    var speaker = entry.QuoteSpeakers[q];
                    previews.Add("\u201C" + quote.Text + "\u201D" + (speaker >= 0 ? " (" + corpus.Participants[speaker].Name + ")" : string.Empty));
                }
                articles[a] = new ArticleSummary(
                    result.DataKey,
                    entry.Identifier,
                    model.FileName,
                    model.Title,
                    model.Date,
                    model.Source,
                    entry.QuoteSpeakers,
                    entry.Participants,
                    entry.QuoteVariants,
                    new EquatableArray<string>(previews.ToArray()));
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
