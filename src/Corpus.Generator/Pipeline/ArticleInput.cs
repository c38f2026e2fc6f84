using Corpus.Extraction.Model;

namespace Corpus.Generator.Pipeline
{
    /// <summary>
    /// One article file as read through <c>AdditionalText.GetText</c>: paths, overrides from item
    /// metadata, and the text (null when it could not be read). Equatable, so an unchanged file
    /// is never re-extracted.
    /// </summary>
    /// <param name="RelativePath">Path relative to the project, with '/' separators: stable across machines.</param>
    internal sealed record ArticleInput(string FullPath, string RelativePath, string? Text, ArticleOverrides Overrides, long MaxFileBytes);
}
