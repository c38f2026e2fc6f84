namespace Corpus.Extraction.Participants
{
    /// <summary>A word or punctuation mark of a paragraph, by absolute offsets into the article text.</summary>
    internal struct Token
    {
        public int Start;
        public int End;

        /// <summary>The word's text without a possessive ending ("Firefly" for "Firefly's").</summary>
        public string Text;

        /// <summary><see cref="Gazetteer.Key"/> of <see cref="Text"/>.</summary>
        public string Key;

        public bool IsWord;

        /// <summary>Starts with an upper-case letter, or is in a script without case (a name there).</summary>
        public bool IsCapitalized;

        /// <summary>The first word of a sentence (or of a quotation), capitalised by position.</summary>
        public bool SentenceStart;

        /// <summary>The word carried "'s" or "’s", now removed from <see cref="Text"/>.</summary>
        public bool Possessive;

        public int Length => End - Start;

        public bool Is(string punctuation) => !IsWord && Text == punctuation;

        public override string ToString() => Text;
    }
}
