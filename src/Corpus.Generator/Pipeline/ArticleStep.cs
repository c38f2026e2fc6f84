using System;
using System.Text;
using System.Threading;
using Corpus.Extraction;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;

namespace Corpus.Generator.Pipeline
{
    /// <summary>
    /// Runs the engine on one file. Never throws (but for cancellation): a failure becomes CORPUS999 on
    /// the file and an empty article, so the rest of the corpus is still generated. A file too large or
    /// unreadable is skipped the same way with CORPUS013.
    /// </summary>
    internal static class ArticleStep
    {
        public static ArticleResult Extract(ArticleInput input, CancellationToken cancellationToken)
        {
            var key = ArticleDataKey.For(input.RelativePath);
            if (input.Text is null)
            {
                return ArticleResult.WithKeys(input.FullPath, key, Failed(input, FindingCatalog.SkippedFile, "it could not be read as text"));
            }
            var bytes = Encoding.UTF8.GetByteCount(input.Text);
            if (bytes > input.MaxFileBytes)
            {
                return ArticleResult.WithKeys(input.FullPath, key, Failed(input, FindingCatalog.SkippedFile,
                    "it has " + bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes, more than CorpusMaxFileBytes ("
                    + input.MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + "); raise the limit to include it"));
            }
            try
            {
                return ArticleResult.WithKeys(input.FullPath, key, ArticleExtractor.Extract(input.RelativePath, input.Text, input.Overrides, cancellationToken));
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                return ArticleResult.WithKeys(input.FullPath, key, Failed(input, FindingCatalog.InternalError, ex.GetType().Name + ": " + ex.Message));
            }
        }

        /// <summary>The same article with no content: used when its data cannot be emitted.</summary>
        public static ArticleModel Empty(ArticleModel model)
            => model with
            {
                Text = string.Empty,
                Paragraphs = EquatableArray<ParagraphSpec>.Empty,
                Headings = EquatableArray<ParagraphSpec>.Empty,
                Quotes = EquatableArray<QuoteSpec>.Empty,
                Entities = EquatableArray<EntitySpec>.Empty,
            };

        private static ArticleModel Failed(ArticleInput input, string id, string reason)
        {
            var empty = ArticleExtractor.Extract(input.RelativePath, string.Empty, ArticleOverrides.None);
            var finding = Finding.Create(id, SourceSpan.FileStart, reason);
            return empty with { Findings = new EquatableArray<Finding>(new[] { finding }) };
        }
    }
}
