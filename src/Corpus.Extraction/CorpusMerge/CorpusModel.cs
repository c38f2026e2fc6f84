using Corpus.Extraction.Model;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>A reference to one quote: article index (in <see cref="CorpusModel.Articles"/> order) and quote index.</summary>
    public readonly record struct QuoteRef(int Article, int Quote);

    /// <summary>A finding located in a file of the corpus.</summary>
    public sealed record CorpusFinding(string Path, Finding Finding);

    /// <summary>
    /// One article's place in the corpus: its final unique identifier, and links resolved by the merge.
    /// <see cref="QuoteSpeakers"/> has one participant index (or -1) per quote of the article;
    /// <see cref="Participants"/> lists the participant indexes the article involves, ascending;
    /// <see cref="QuoteVariants"/> has, per quote, the other quotes that report the same statement.
    /// </summary>
    public sealed record ArticleEntry(
        string Path,
        string Identifier,
        string DataKey,
        EquatableArray<int> QuoteSpeakers,
        EquatableArray<int> Participants,
        EquatableArray<EquatableArray<QuoteRef>> QuoteVariants);

    /// <summary>A participant of the whole corpus, with its links.</summary>
    public sealed record ParticipantModel(
        string Name,
        EntityKind Kind,
        string Identifier,
        EquatableArray<string> Aliases,
        EquatableArray<string> Roles,
        EquatableArray<int> Articles,
        EquatableArray<QuoteRef> Quotes);

    /// <summary>The merged corpus: what the emitter needs beyond each article's own model. Holds no article text.</summary>
    public sealed record CorpusModel(
        EquatableArray<ArticleEntry> Articles,
        EquatableArray<ParticipantModel> Participants,
        EquatableArray<CorpusFinding> Findings);
}
