namespace Corpus.Extraction.Model
{
    /// <summary>
    /// A body paragraph. Its text is exactly <c>originalText.Substring(Span.Start, Span.Length)</c>:
    /// the emitter stores spans into the original UTF-8 text, never a second copy.
    /// </summary>
    public sealed record ParagraphSpec(string Text, SourceSpan Span);
}
