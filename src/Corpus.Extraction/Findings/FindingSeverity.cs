namespace Corpus.Extraction.Findings
{
    /// <summary>Default severities; mirrors the compiler's so the CLI and the generator agree.</summary>
    public enum FindingSeverity
    {
        Hidden = 0,
        Info = 1,
        Warning = 2,
        Error = 3,
    }
}
