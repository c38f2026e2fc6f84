namespace Corpus.Extraction.Model
{
    /// <summary>How a quote's speaker was found; kept so accuracy work can see which rule fired.</summary>
    public enum AttributionKind
    {
        None = 0,
        /// <summary>A name next to a speech verb (<c>"…," Smith said</c>).</summary>
        Explicit,
        /// <summary>A pronoun resolved to the most recent plausible speaker.</summary>
        Pronoun,
        /// <summary>A role noun resolved to its holder (<c>the foreign minister said</c>).</summary>
        Role,
        /// <summary>A quote-only paragraph continuing the previous speaker.</summary>
        Continuation,
    }

    /// <summary>
    /// A direct quote. <see cref="Segments"/> are the words inside the marks, one segment per
    /// paragraph the quote runs through; <see cref="Text"/> is the segments joined with a space.
    /// <see cref="SpeakerEntity"/> indexes <see cref="ArticleModel.Entities"/>, or is -1.
    /// <see cref="SpeakerText"/> is the speaker as the article names it (a name, or a role phrase such as
    /// "the foreign minister"), even when no entity of the article matches: the corpus merge resolves
    /// such speakers against participants known from other articles.
    /// </summary>
    public sealed record QuoteSpec(
        string Text,
        EquatableArray<SourceSpan> Segments,
        bool IsFragment,
        int SpeakerEntity,
        AttributionKind Attribution,
        string? SpeakerText = null)
    {
        public SourceSpan Span => Segments[0];
    }
}
