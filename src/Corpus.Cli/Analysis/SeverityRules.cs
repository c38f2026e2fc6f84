using System;
using System.Collections.Generic;
using Corpus.Extraction.Findings;

namespace Corpus.Cli.Analysis
{
    /// <summary>
    /// Effective severities: the catalogue's defaults, changed per ID like
    /// <c>dotnet_diagnostic.ID.severity</c> in a .globalconfig, then warnings raised to errors on request.
    /// A null severity means the diagnostic is suppressed.
    /// </summary>
    public sealed class SeverityRules
    {
        public static readonly SeverityRules Default = new SeverityRules(new Dictionary<string, FindingSeverity?>(), warningsAsErrors: false);

        private readonly IReadOnlyDictionary<string, FindingSeverity?> _overrides;
        private readonly bool _warningsAsErrors;

        private SeverityRules(IReadOnlyDictionary<string, FindingSeverity?> overrides, bool warningsAsErrors)
        {
            _overrides = overrides;
            _warningsAsErrors = warningsAsErrors;
        }

        /// <summary>Parses <c>ID=level</c> values; level is none, silent/hidden, suggestion/info, warning, error or default.</summary>
        public static SeverityRules Parse(IEnumerable<string> values, bool warningsAsErrors)
        {
            var overrides = new Dictionary<string, FindingSeverity?>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                var eq = value.IndexOf('=');
                if (eq <= 0) throw new Input.InputException("Invalid --severity value '" + value + "'; expected ID=level, for example CORPUS007=none.");
                var id = value.Substring(0, eq).Trim().ToUpperInvariant();
                var level = value.Substring(eq + 1).Trim().ToLowerInvariant();
                FindingInfo info;
                try
                {
                    info = FindingCatalog.Get(id);
                }
                catch (KeyNotFoundException)
                {
                    throw new Input.InputException("Unknown diagnostic ID '" + id + "' in --severity.");
                }
                overrides[id] = level switch
                {
                    "none" => null,
                    "silent" or "hidden" => FindingSeverity.Hidden,
                    "suggestion" or "info" => FindingSeverity.Info,
                    "warning" => FindingSeverity.Warning,
                    "error" => FindingSeverity.Error,
                    "default" => info.DefaultSeverity,
                    _ => throw new Input.InputException("Invalid severity '" + level + "' for " + id + "; use none, silent, info, warning, error or default."),
                };
            }
            return new SeverityRules(overrides, warningsAsErrors);
        }

        public FindingSeverity? For(string id)
        {
            FindingSeverity? severity = _overrides.TryGetValue(id, out var level) ? level : DefaultFor(id);
            if (_warningsAsErrors && severity == FindingSeverity.Warning) return FindingSeverity.Error;
            return severity;
        }

        private static FindingSeverity DefaultFor(string id)
        {
            try
            {
                return FindingCatalog.Get(id).DefaultSeverity;
            }
            catch (KeyNotFoundException)
            {
                return FindingSeverity.Warning;
            }
        }
    }
}
