using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;
using Corpus.Generator.Diagnostics;

namespace Corpus.Generator.Pipeline
{
    /// <summary>What the corpus files need to know of one article: names, header, links, its <see cref="ArticleBucket"/>. No text.</summary>
    internal sealed record ArticleSummary(
        string DataKey,
        string Identifier,
        string FileName,
        string? Title,
        string? Date,
        string? Source,
        EquatableArray<int> QuoteSpeakers,
        EquatableArray<int> Participants,
        EquatableArray<EquatableArray<QuoteRef>> QuoteVariants,
        EquatableArray<string> QuotePreviews,
        int Bucket);

    /// <summary>The merged corpus as the emitter sees it, plus the corpus-level findings (cross-file and naming).</summary>
    internal sealed record CorpusSpec(
        GeneratorSettings Settings,
        EquatableArray<ArticleSummary> Articles,
        EquatableArray<ParticipantModel> Participants,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
