using Corpus.Extraction.Model;
using Corpus.Generator.Diagnostics;

namespace Corpus.Generator.Pipeline
{
    /// <summary>Project-wide settings from MSBuild properties, already validated.</summary>
    /// <param name="Namespace">Namespace of the generated code, or empty for the global namespace.</param>
    /// <param name="Unsupported">What the project lacks to compile the generated code, or null.</param>
    internal sealed record GeneratorSettings(
        string Namespace,
        string ClassName,
        string Visibility,
        string ProjectDir,
        long MaxFileBytes,
        EquatableArray<DiagnosticInfo> Problems,
        string? Unsupported = null);
}
