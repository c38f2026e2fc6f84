using Corpus.Extraction.Findings;

namespace Corpus.Generator.Diagnostics
{
    /// <summary>
    /// Which component reports which ID, so each finding appears once per build. Findings about the
    /// content come from <see cref="CorpusAnalyzer"/> (live in the IDE through additional-file actions);
    /// findings about what is generated (identifiers, settings) come from the generator.
    /// </summary>
    internal static class ReportingPolicy
    {
        public static bool ByGenerator(string id) => id == FindingCatalog.IdentifierConflict || id == FindingCatalog.UnsupportedTarget;

        /// <summary>The generator's own failures (merge, emit) are reported by the generator whatever the ID policy.</summary>
        public static bool ByGenerator(DiagnosticInfo diagnostic) => ByGenerator(diagnostic.Id) || (diagnostic.Id == FindingCatalog.InternalError && diagnostic.Location is null);

        public static bool ByAnalyzer(string id) => !ByGenerator(id);
    }
}
