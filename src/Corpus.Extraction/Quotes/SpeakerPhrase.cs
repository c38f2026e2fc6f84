namespace Corpus.Extraction.Quotes
{
    internal enum PhraseKind
    {
        /// <summary>A person's name, perhaps with title or honorific.</summary>
        Person,
        /// <summary>A capitalised name that may be a person, a country or an organisation.</summary>
        Name,
        /// <summary>An organisation's name (<c>the Health Ministry</c>, <c>UNICEF</c>).</summary>
        Organization,
        /// <summary>A role noun phrase standing for a person (<c>the foreign minister</c>).</summary>
        Role,
        /// <summary>A non-person noun phrase (<c>the ministry</c>, <c>the influential daily</c>).</summary>
        Body,
        /// <summary>A plural group (<c>officials</c>, <c>police</c>).</summary>
        Group,
        Pronoun,
    }

    /// <summary>A noun phrase that names, or stands for, a speaker.</summary>
    internal sealed class SpeakerPhrase
    {
        private readonly QuoteToken[] _tokens;
        private string? _text;

        public SpeakerPhrase(QuoteToken[] tokens, int startToken, int endToken, PhraseKind kind)
        {
            _tokens = tokens;
            StartToken = startToken;
            EndToken = endToken;
            Start = tokens[startToken].Start;
            End = tokens[endToken - 1].End;
            Kind = kind;
            FirstToken = startToken;
        }

        /// <summary>First token of the whole construct, which may precede the phrase (<c>the minister, X, said</c>).</summary>
        public int FirstToken { get; set; }

        public int StartToken { get; }

        public int EndToken { get; }

        /// <summary>Absolute offsets of the phrase.</summary>
        public int Start { get; }

        public int End { get; }

        /// <summary>The words as written (built on first use: most phrases never need it).</summary>
        public string Text => _text ??= PhraseClassifier.Join(_tokens, StartToken, EndToken);

        public PhraseKind Kind { get; set; }

        /// <summary>The name without title or honorific (people), or the bare name (organisations).</summary>
        public string? Name { get; set; }

        /// <summary>Title or appositive role words (lower case, space-separated).</summary>
        public string? Role { get; set; }

        /// <summary>The phrase opens its sentence (after an introductory phrase): the sentence's subject.</summary>
        public bool IsSubject { get; set; }

        /// <summary>The person a question was put to (<c>A read the charge to B and asked him …</c>): a pronoun that replies stands for them.</summary>
        public bool IsAddressee { get; set; }

        /// <summary>A pronoun that tells an object pronoun (<c>she told him</c>) the answer to a question.</summary>
        public bool TellsPronoun { get; set; }

        /// <summary>Where the attribution of the question it answers starts, or -1: the asker is not the one answering.</summary>
        public int AskerAt { get; set; } = -1;

        /// <summary>A pronoun subject of a verb of answering (<c>he replied</c>).</summary>
        public bool IsReply { get; set; }

        /// <summary>+1 male, -1 female, 0 unknown.</summary>
        public int Gender { get; set; }

        /// <summary>Followed by an age between commas (<c>A B, 45,</c>): how news introduces a member of the public about to be quoted.</summary>
        public bool Aged { get; set; }

        public override string ToString() => Kind + ":" + Text;
    }
}
