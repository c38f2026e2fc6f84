namespace Corpus.Extraction.Parsing
{
    /// <summary>What a line of the file is, as decided by <see cref="DocumentParser"/>.</summary>
    public enum LineKind
    {
        Blank,
        Title,
        Metadata,
        Boilerplate,
        Heading,
        Paragraph,
    }
}
