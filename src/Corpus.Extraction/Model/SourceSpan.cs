namespace Corpus.Extraction.Model
{
    /// <summary>
    /// A span of the original file: UTF-16 offsets plus 1-based line and column of both ends
    /// (end is exclusive). Columns count UTF-16 code units, as the compiler's do.
    /// </summary>
    public readonly record struct SourceSpan(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
    {
        /// <summary>The empty span at line 1, column 1: where file-level findings are located.</summary>
        public static readonly SourceSpan FileStart = new SourceSpan(0, 0, 1, 1, 1, 1);

        public int End => Start + Length;
    }
}
