using System.Collections.Concurrent;
using System.Collections.Immutable;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator
{
    /// <summary>
    /// Reports the content findings of the article files: per file as each additional file is analysed
    /// (live in the IDE), cross-file ones (duplicated articles, quote variants) at compilation end. Uses
    /// the same engine and, within one compilation, the same extraction as the generator.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CorpusAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                var provider = start.Options.AnalyzerConfigOptionsProvider;
                var seen = new ConcurrentQueue<ArticleResult>();

                start.RegisterAdditionalFileAction(file =>
                {
                    var input = ArticleInputReader.Read(file.AdditionalFile, provider, file.CancellationToken);
                    if (input is null) return;
                    var result = ExtractionCache.Extract(input, file.CancellationToken);
                    seen.Enqueue(result);
                    foreach (var finding in result.Model.Findings)
                    {
                        if (ReportingPolicy.ByAnalyzer(finding.Id)) file.ReportDiagnostic(DiagnosticInfo.FromFinding(result.FullPath, finding).ToDiagnostic());
                    }
                });

                start.RegisterCompilationEndAction(end =>
                {
                    if (seen.IsEmpty) return;
                    var spec = CorpusStep.BuildSafely(seen.ToImmutableArray(), SettingsReader.Read(provider), end.CancellationToken);
                    foreach (var diagnostic in spec.Diagnostics)
                    {
                        if (!ReportingPolicy.ByGenerator(diagnostic)) end.ReportDiagnostic(diagnostic.ToDiagnostic());
                    }
                });
            });
        }
    }
}
