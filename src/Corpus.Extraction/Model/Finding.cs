namespace Corpus.Extraction.Model
{
    /// <summary>
    /// A problem found in the text, as plain data: an ID from <see cref="Findings.FindingCatalog"/>,
    /// where it is, and the arguments of the catalogue's message format.
    /// </summary>
    public sealed record Finding(string Id, SourceSpan Span, EquatableArray<string> Arguments)
    {
        public static Finding Create(string id, SourceSpan span, params string[] arguments)
            => new Finding(id, span, new EquatableArray<string>(arguments));
    }
}
