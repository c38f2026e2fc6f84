using Corpus.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics
{
    /// <summary>A diagnostic as equatable data; becomes a <see cref="Diagnostic"/> only when reported.</summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo FromFinding(string filePath, Finding finding)
            => new DiagnosticInfo(
                finding.Id,
                new LocationInfo(filePath, finding.Span.Start, finding.Span.Length, finding.Span.Line, finding.Span.Column, finding.Span.EndLine, finding.Span.EndColumn),
                finding.Arguments);

        /// <summary>CORPUS999 on a file (at its start), or without location when <paramref name="filePath"/> is null.</summary>
        public static DiagnosticInfo InternalError(string? filePath, string message)
            => new DiagnosticInfo(
                Corpus.Extraction.Findings.FindingCatalog.InternalError,
                filePath is null ? null : new LocationInfo(filePath, 0, 0, 1, 1, 1, 1),
                new EquatableArray<string>(new[] { message }));

        public static DiagnosticInfo WithoutLocation(string id, params string[] arguments)
            => new DiagnosticInfo(id, null, new EquatableArray<string>(arguments));

        public Diagnostic ToDiagnostic()
        {
            var args = new object[Arguments.Count];
            for (var i = 0; i < args.Length; i++) args[i] = Arguments[i];
            return Diagnostic.Create(Descriptors.ForId(Id), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, args);
        }
    }
}
