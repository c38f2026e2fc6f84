using System;
using System.Collections.Generic;
using System.Threading;
using Corpus.Cli.Input;
using Corpus.Extraction;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;

namespace Corpus.Cli.Analysis
{
    /// <summary>
    /// The result of running the engine over the input: per-article models in corpus order,
    /// the merged corpus, and every diagnostic with its effective severity, sorted.
    /// </summary>
    public sealed class CorpusRun
    {
        private CorpusRun(IReadOnlyList<ArticleModel> articles, CorpusModel corpus, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
        {
            Articles = articles;
            Corpus = corpus;
            Diagnostics = diagnostics;
            FileCount = fileCount;
        }

        /// <summary>Article models, index-aligned with <see cref="CorpusModel.Articles"/>.</summary>
        public IReadOnlyList<ArticleModel> Articles { get; }

        public CorpusModel Corpus { get; }

        /// <summary>Non-suppressed diagnostics sorted by path, line, column, ID, then message.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>Number of files read, including any the engine failed on.</summary>
        public int FileCount { get; }

        /// <summary>The canonical name of the speaker of quote <paramref name="quote"/> of article <paramref name="article"/>, or null.</summary>
        public string? SpeakerOf(int article, int quote)
        {
            var speakers = Corpus.Articles[article].QuoteSpeakers;
            if (quote < 0 || quote >= speakers.Count) return null;
            var index = speakers[quote];
            return index >= 0 && index < Corpus.Participants.Count ? Corpus.Participants[index].Name : null;
        }

        public static CorpusRun Execute(IReadOnlyList<string> paths, SeverityRules rules, CancellationToken cancellationToken = default)
        {
            var files = ArticleFiles.Resolve(paths);
            var models = new List<ArticleModel>(files.Count);
            var failures = new List<CorpusFinding>();
            foreach (var file in files)
            {
                var text = ArticleReader.Read(file);
                try
                {
                    models.Add(ArticleExtractor.Extract(file.DisplayPath, text, null, cancellationToken));
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    // Like the generator: report CORPUS999 on the file and leave it out of the corpus.
                    var start = SourceSpan.FileStart;
                    failures.Add(new CorpusFinding(file.DisplayPath, Finding.Create(FindingCatalog.InternalError, start, e.GetType().Name + ": " + e.Message)));
                }
            }

            return FromModels(models, failures, rules, files.Count, cancellationToken);
        }

        /// <summary>Merges already extracted articles; <paramref name="failures"/> are findings on files the engine could not read.</summary>
        internal static CorpusRun FromModels(IReadOnlyList<ArticleModel> models, IReadOnlyList<CorpusFinding> failures, SeverityRules rules, int fileCount, CancellationToken cancellationToken = default)
        {
            var corpus = CorpusMerger.Merge(models, cancellationToken);
            var byPath = new Dictionary<string, ArticleModel>(StringComparer.Ordinal);
            foreach (var model in models) byPath[model.Path] = model;
            var ordered = new List<ArticleModel>(corpus.Articles.Count);
            foreach (var entry in corpus.Articles) ordered.Add(byPath[entry.Path]);

            var diagnostics = new List<Diagnostic>();
            foreach (var model in ordered)
            {
                foreach (var finding in model.Findings) Add(diagnostics, model.Path, finding, rules);
            }
            foreach (var finding in corpus.Findings) Add(diagnostics, finding.Path, finding.Finding, rules);
            foreach (var finding in failures) Add(diagnostics, finding.Path, finding.Finding, rules);
            diagnostics.Sort(Compare);

            return new CorpusRun(ordered, corpus, diagnostics, fileCount);
        }

        private static void Add(List<Diagnostic> diagnostics, string path, Finding finding, SeverityRules rules)
        {
            var severity = rules.For(finding.Id);
            if (severity is null) return;
            diagnostics.Add(new Diagnostic(finding.Id, severity.Value, path, finding.Span, Message(finding)));
        }

        private static string Message(Finding finding)
        {
            try
            {
                return FindingCatalog.Get(finding.Id).Format(finding.Arguments);
            }
            catch (Exception e) when (e is KeyNotFoundException || e is FormatException)
            {
                return string.Join(" ", finding.Arguments);
            }
        }

        private static int Compare(Diagnostic a, Diagnostic b)
        {
            var c = string.CompareOrdinal(a.Path, b.Path);
            if (c != 0) return c;
            c = a.Span.Line.CompareTo(b.Span.Line);
            if (c != 0) return c;
            c = a.Span.Column.CompareTo(b.Span.Column);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.Id, b.Id);
            return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
        }
    }
}
