using System;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Emit;
using Corpus.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator
{
    /// <summary>
    /// Turns the project's article files into a typed corpus. Pipeline: settings; one read and one
    /// extraction per file (cached per file); the corpus-wide merge in phases (participants, variants, per-article links); per-article outputs and the corpus in parts.
    /// Nothing here depends on the compilation, so editing C# code leaves every step cached.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CorpusGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // The only input from the compilation: a bool that stays Unchanged across C# edits.
            var dateOnly = context.CompilationProvider
                .Select(static (compilation, _) => TargetSupport.HasDateOnly(compilation))
                .WithTrackingName(TrackingNames.Target);

            var settings = context.AnalyzerConfigOptionsProvider
                .Combine(context.ParseOptionsProvider)
                .Combine(dateOnly)
                .Select(static (pair, _) => SettingsReader.Read(pair.Left.Left, TargetSupport.Problem(pair.Left.Right, pair.Right)))
                .WithTrackingName(TrackingNames.Settings);

            var inputs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, ct) => ArticleInputReader.Read(pair.Left, pair.Right, ct))
                .WithTrackingName(TrackingNames.ArticleInputs);

            var files = inputs
                .Where(static input => input is not null)
                .WithTrackingName(TrackingNames.ArticleFiles);

            // The driver runs the per-file step on one thread; this step first extracts the new and changed files
            // on every core into the shared cache (a cold build of 10,000 articles is mostly extraction). Its value
            // is a constant, so an article edit re-runs only that article's steps after it, as before.
            var prefetched = files
                .Collect()
                .Select(static (all, ct) => ExtractionCache.Prefetch(all, ct))
                .WithTrackingName(TrackingNames.Prefetch);

            var articles = files
                .Combine(prefetched)
                .WithTrackingName(TrackingNames.PrefetchedFiles)
                .Select(static (pair, ct) => ExtractionCache.Extract(pair.Left!, ct))
                .WithTrackingName(TrackingNames.Articles);

            // Articles are emitted in a fixed number of files (see ArticleBucket): an edit re-emits one bucket.
            // Collected values are wrapped in Shared, whose equality decides on the reference without reading the
            // article: a C# edit at 10,000 articles measured 1.1 ms (median 1.3 ms) instead of 1.25 ms (median
            // 1.9-3.4 ms), which suggests the driver compares collected items even when nothing changed.
            var articleOutputs = articles
                .Select(static (article, _) => new Shared<ArticleResult>(article))
                .WithTrackingName(TrackingNames.SharedArticles)
                .Collect()
                .SelectMany(static (all, _) => ArticleBucket.Split(all))
                .WithTrackingName(TrackingNames.ArticleBuckets)
                .Combine(settings)
                .WithTrackingName(TrackingNames.ArticleOutputs);

            // The merge sees only what it needs of each article (MergeInput): an edit that leaves that equal
            // stops at this per-article step and the merge is not run again. Per-article values are wrapped in Shared
            // where they are made (its equality is the value's, decided by reference first), so collecting them costs
            // no extra node per article: each per-article node is paid on every run, even a C# edit.
            var mergeInputs = articles
                .Select(static (article, _) => new Shared<ArticleResult>(CorpusStep.MergeInput(article)))
                .WithTrackingName(TrackingNames.MergeInputs);

            // The merge in phases (see CorpusLinkSteps), each its own step: the participant table reads no quote and no
            // text position, so a quote edit leaves it cached; the variant search re-runs on any such change but is
            // Unchanged when the groups are; then each article is linked on its own, so only the edited article's links run again.
            var participantTable = mergeInputs
                .Select(static (input, _) => new Shared<ArticleResult>(CorpusLinkSteps.ParticipantInput(input.Value)))
                .WithTrackingName(TrackingNames.ParticipantInputs)
                .Collect()
                .Select(static (all, ct) => CorpusLinkSteps.Participants(all, ct))
                .WithTrackingName(TrackingNames.ParticipantTable);

            var collectedInputs = mergeInputs
                .Collect()
                .WithTrackingName(TrackingNames.CollectedArticles);
            var namingConflicts = collectedInputs
                .Combine(participantTable)
                .Select(static (pair, _) => CorpusLinkSteps.NamingConflicts(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.NamingConflicts);
            var variants = collectedInputs
                .Combine(participantTable)
                .Select(static (pair, ct) => CorpusLinkSteps.Variants(pair.Left, pair.Right, ct))
                .WithTrackingName(TrackingNames.QuoteVariants);

            var corpus = mergeInputs
                .Combine(participantTable.Combine(variants))
                .Select(static (pair, _) => new Shared<ArticleLink>(CorpusLinkSteps.Link(pair.Left.Value, pair.Right.Left, pair.Right.Right)))
                .WithTrackingName(TrackingNames.ArticleLinks)
                .Collect()
                .Combine(participantTable)
                .Combine(settings)
                .Select(static (pair, _) => CorpusLinkSteps.Corpus(pair.Left.Left, pair.Left.Right, pair.Right))
                .WithTrackingName(TrackingNames.Corpus);

            context.RegisterSourceOutput(settings, static (spc, s) =>
            {
                if (s.Unsupported is null) spc.AddSource(RuntimeEmitter.HintName(s), SourceText.From(RuntimeEmitter.Emit(s), System.Text.Encoding.UTF8));
            });

            context.RegisterSourceOutput(articleOutputs, static (spc, pair) =>
            {
                var (bucket, s) = pair;
                if (s.Unsupported is not null) return;
                var classes = new System.Collections.Generic.List<string>(bucket.Articles.Count);
                foreach (var article in bucket.Articles)
                {
                    try
                    {
                        classes.Add(ArticleEmitter.ArticleClass(article));
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // The corpus class refers to this article's data: emit it empty rather than break the build.
                        classes.Add(ArticleEmitter.ArticleClass(article with { Model = ArticleStep.Empty(article.Model) }));
                        spc.ReportDiagnostic(DiagnosticInfo.InternalError(article.FullPath, "emitting the article failed: " + ex.Message).ToDiagnostic());
                    }
                    foreach (var finding in article.Model.Findings)
                    {
                        if (ReportingPolicy.ByGenerator(finding.Id)) spc.ReportDiagnostic(DiagnosticInfo.FromFinding(article.FullPath, finding).ToDiagnostic());
                    }
                }
                spc.AddSource(ArticleEmitter.BucketHintName(s, bucket), SourceText.From(ArticleEmitter.EmitBucket(s, classes), System.Text.Encoding.UTF8));
            });

            // The corpus is emitted in parts (see CorpusParts), each its own output: the driver compares each part with the
            // last run's, so a local edit (a quote reworded) re-emits a few small files instead of the whole corpus.
            var corpusTop = corpus
                .Select(static (links, _) => CorpusLinkSteps.Top(links))
                .WithTrackingName(TrackingNames.CorpusTop);
            var corpusArticleParts = corpus
                .SelectMany(static (links, _) => CorpusLinkSteps.ArticleParts(links))
                .WithTrackingName(TrackingNames.CorpusArticleParts);
            var corpusParticipantParts = corpus
                .SelectMany(static (links, _) => CorpusLinkSteps.ParticipantParts(links))
                .WithTrackingName(TrackingNames.CorpusParticipantParts);
            var corpusReport = corpus
                .Combine(namingConflicts)
                .Select(static (pair, _) => CorpusLinkSteps.Report(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.CorpusReport);

            context.RegisterSourceOutput(corpusTop, static (spc, top) =>
            {
                if (top.Settings.Unsupported is null) spc.AddSource(CorpusEmitter.HintName(top.Settings), SourceText.From(CorpusEmitter.Emit(top), System.Text.Encoding.UTF8));
            });

            context.RegisterSourceOutput(corpusArticleParts, static (spc, part) =>
            {
                if (part.Settings.Unsupported is null) spc.AddSource(CorpusEmitter.ArticlePartHintName(part), SourceText.From(CorpusEmitter.Emit(part), System.Text.Encoding.UTF8));
            });

            context.RegisterSourceOutput(corpusParticipantParts, static (spc, part) =>
            {
                if (part.Settings.Unsupported is null) spc.AddSource(CorpusEmitter.ParticipantPartHintName(part), SourceText.From(CorpusEmitter.Emit(part), System.Text.Encoding.UTF8));
            });

            context.RegisterSourceOutput(corpusReport, static (spc, report) =>
            {
                foreach (var problem in report.Problems)
                {
                    spc.ReportDiagnostic(problem.ToDiagnostic());
                }
                foreach (var diagnostic in report.Diagnostics)
                {
                    if (ReportingPolicy.ByGenerator(diagnostic)) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        }
    }
}
