using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;

namespace Corpus.Generator.Pipeline
{
    /// <summary>An extracted article plus what the generator needs to locate and name it.</summary>
    /// <param name="DataKey">Name of the article's private data class; depends only on the relative path.</param>
    /// <param name="MergeKeys">What the corpus merge needs of this article, computed here so that it is cached with the
    /// article and the merge after an edit only joins keys; null when not computed yet (then the merge computes it).</param>
    internal sealed record ArticleResult(string FullPath, string DataKey, ArticleModel Model, ArticleMergeKeys? MergeKeys = null)
    {
        /// <summary>The same result with its merge keys.</summary>
        public static ArticleResult WithKeys(string fullPath, string dataKey, ArticleModel model)
            => new ArticleResult(fullPath, dataKey, model, ArticleMergeKeys.For(model));
    }
}
