namespace Corpus.Extraction.Model
{
    /// <summary>
    /// A span of the original file: UTF-16 offsets plus 1-based line and column of both ends
    /// (end is exclusive). Columns count UTF-16 code units, as the compiler's do.
    /// </summary>
    public readonly record struct SourceSpan(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
    {
        public int End => Start + Length;
    }
}
