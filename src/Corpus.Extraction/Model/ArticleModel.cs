namespace Corpus.Extraction.Model
{
    /// <summary>
    /// Everything extracted from one file. Immutable and equatable: the generator caches on it.
    /// </summary>
    /// <param name="Path">The path as the host gave it (used for diagnostics).</param>
    /// <param name="FileName">The file name with extension, no folders.</param>
    /// <param name="Id">Identifier-safe id before corpus-wide de-duplication.</param>
    /// <param name="Text">The decoded original text; all spans index into it.</param>
    /// <param name="Date">ISO <c>yyyy-MM-dd</c> or null.</param>
    /// <param name="Headings">Heading and fragment lines kept out of the paragraphs (empty when none).</param>
    /// <param name="RoleMentions">Role phrases standing for a person the article does not name (linked in the corpus merge).</param>
    public sealed record ArticleModel(
        string Path,
        string FileName,
        string Id,
        string Text,
        string? Title,
        string? Date,
        string? Source,
        EquatableArray<ParagraphSpec> Paragraphs,
        EquatableArray<QuoteSpec> Quotes,
        EquatableArray<EntitySpec> Entities,
        EquatableArray<Finding> Findings,
        EquatableArray<ParagraphSpec> Headings = default,
        EquatableArray<RoleMentionSpec> RoleMentions = default);
}
