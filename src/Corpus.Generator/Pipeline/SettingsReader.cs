using System.Collections.Generic;
using System.Globalization;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;
using Corpus.Extraction.Naming;
using Corpus.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline
{
    /// <summary>Reads and validates the MSBuild properties the package makes compiler-visible.</summary>
    internal static class SettingsReader
    {
        public const long DefaultMaxFileBytes = 8L * 1024 * 1024;

        public static GeneratorSettings Read(AnalyzerConfigOptionsProvider provider, string? unsupported = null)
        {
            var options = provider.GlobalOptions;
            var problems = new List<DiagnosticInfo>();

            var ns = Get(options, "CorpusNamespace") ?? Get(options, "RootNamespace") ?? string.Empty;
            if (ns.Length > 0 && !IsValidNamespace(ns))
            {
                problems.Add(DiagnosticInfo.WithoutLocation(FindingCatalog.IdentifierConflict,
                    "The namespace '" + ns + "' (CorpusNamespace or RootNamespace) is not a valid C# namespace; the generated code uses 'Corpus.Generated'"));
                ns = "Corpus.Generated";
            }

            var className = Get(options, "CorpusClassName") ?? "Corpus";
            if (!IdentifierNames.IsValidIdentifier(className))
            {
                problems.Add(DiagnosticInfo.WithoutLocation(FindingCatalog.IdentifierConflict,
                    "CorpusClassName '" + className + "' is not a valid C# identifier; 'Corpus' is used"));
                className = "Corpus";
            }

            var visibility = (Get(options, "CorpusVisibility") ?? "internal").ToLowerInvariant();
            if (visibility != "internal" && visibility != "public")
            {
                problems.Add(DiagnosticInfo.WithoutLocation(FindingCatalog.UnreadableMetadata,
                    "CorpusVisibility '" + visibility + "' is neither 'internal' nor 'public'; 'internal' is used"));
                visibility = "internal";
            }

            var maxBytes = MaxFileBytes(options, out var invalidMax);
            if (invalidMax != null)
            {
                problems.Add(DiagnosticInfo.WithoutLocation(FindingCatalog.UnreadableMetadata,
                    "CorpusMaxFileBytes '" + invalidMax + "' is not a positive whole number of bytes; " + DefaultMaxFileBytes.ToString(CultureInfo.InvariantCulture) + " is used"));
            }

            if (unsupported != null) problems.Add(DiagnosticInfo.WithoutLocation(FindingCatalog.UnsupportedTarget, unsupported));

            var projectDir = Get(options, "ProjectDir") ?? string.Empty;
            return new GeneratorSettings(ns, className, visibility, projectDir, maxBytes, new EquatableArray<DiagnosticInfo>(problems.ToArray()), unsupported);
        }

        /// <summary>
        /// The size limit for one article; the default when unset or invalid (then <paramref name="invalid"/>
        /// holds the text). One parser for the settings step and the per-file reader.
        /// </summary>
        public static long MaxFileBytes(AnalyzerConfigOptions options, out string? invalid)
        {
            invalid = Get(options, "CorpusMaxFileBytes");
            if (invalid is null) return DefaultMaxFileBytes;
            if (long.TryParse(invalid, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                invalid = null;
                return value;
            }
            return DefaultMaxFileBytes;
        }

        private static string? Get(AnalyzerConfigOptions options, string property)
            => options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static bool IsValidNamespace(string ns)
        {
            foreach (var part in ns.Split('.'))
            {
                if (!IdentifierNames.IsValidIdentifier(part)) return false;
            }
            return true;
        }
    }
}
