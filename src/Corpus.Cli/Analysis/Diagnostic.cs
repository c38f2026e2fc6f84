using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;

namespace Corpus.Cli.Analysis
{
    /// <summary>A finding ready to report: effective severity, display path, location and formatted message.</summary>
    public sealed record Diagnostic(string Id, FindingSeverity Severity, string Path, SourceSpan Span, string Message);
}
