using Corpus.Extraction.Model;

namespace Corpus.Generator.Pipeline
{
    /// <summary>An extracted article plus what the generator needs to locate and name it.</summary>
    /// <param name="DataKey">Name of the article's private data class; depends only on the relative path.</param>
    internal sealed record ArticleResult(string FullPath, string DataKey, ArticleModel Model);
}
