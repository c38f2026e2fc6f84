namespace Corpus.Extraction.Quotes
{
    /// <summary>Working state of one quote while the extractor attributes it.</summary>
    internal sealed class QuoteState
    {
        public QuoteState(RawQuote raw, string text)
        {
            Raw = raw;
            Text = text;
        }

        public RawQuote Raw { get; }

        public string Text { get; }

        public SpeakerPhrase? Phrase { get; set; }

        /// <summary>The attributing verb sits against the quote (<c>"…," she said</c>, <c>She said: "…"</c>).</summary>
        public bool Strict { get; set; }

        public bool EmbeddedBefore { get; set; }

        public bool EmbeddedAfter { get; set; }

        public bool IsFragment { get; set; }

        /// <summary>The first paragraph has almost no narrative of its own.</summary>
        public bool QuoteOnlyParagraph { get; set; }

        /// <summary>The quote opens its first paragraph (only its opening mark before it).</summary>
        public bool OpensParagraph { get; set; }

        /// <summary>The next quote follows with nothing but spaces between (<c>"…." "…," X said</c>).</summary>
        public bool AdjacentToNext { get; set; }

        public Referent? Speaker { get; set; }

        public string? SpeakerName { get; set; }

        public int SpeakerEntity { get; set; } = -1;

        public Model.AttributionKind Kind { get; set; }

        /// <summary>The most recent speaker when the quote begins, and that speaker's paragraph.</summary>
        public Referent? Previous { get; set; }

        public int PreviousParagraph { get; set; } = -1;

        /// <summary>The one person the previous paragraph introduced without quoting or attributing speech.</summary>
        public Referent? Introduced { get; set; }
    }
}
