namespace Corpus.Extraction.Model
{
    /// <summary>Values that take precedence over what the text says (MSBuild item metadata, CLI flags).</summary>
    public sealed record ArticleOverrides(string? Title = null, string? Date = null, string? Source = null, string? Id = null)
    {
        public static readonly ArticleOverrides None = new ArticleOverrides();
    }
}
