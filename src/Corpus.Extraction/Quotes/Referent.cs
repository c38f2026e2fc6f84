using System.Collections.Generic;

namespace Corpus.Extraction.Quotes
{
    /// <summary>Someone or something the article has named so far: the unit speakers resolve to.</summary>
    internal sealed class Referent
    {
        private string _name = "";

        public Referent(string name, PhraseKind kind)
        {
            Name = name;
            Kind = kind;
        }

        /// <summary>The fullest name seen (people without title); a role or body phrase as written otherwise.</summary>
        public string Name
        {
            get => _name;
            set
            {
                _name = value;
                NormalName = Discourse.Normal(value);
                var space = NormalName.LastIndexOf(' ');
                Surname = space >= 0 ? NormalName.Substring(space + 1) : NormalName;
            }
        }

        /// <summary>Lower case, without a leading "the", hyphens as spaces; cached for comparisons.</summary>
        public string NormalName { get; private set; } = "";

        /// <summary>Last word of <see cref="NormalName"/>.</summary>
        public string Surname { get; private set; } = "";

        public PhraseKind Kind { get; set; }

        public int Gender { get; set; }

        public List<string> Roles { get; } = new List<string>();

        /// <summary>Introduced with an age (<c>A B, 45,</c>).</summary>
        public bool Aged { get; set; }

        public int LastMention { get; set; } = -1;

        public int LastSpoke { get; set; } = -1;

        /// <summary>Where it was last the subject of a sentence, and in which paragraph.</summary>
        public int SubjectAt { get; set; } = -1;

        public int SubjectParagraph { get; set; } = -1;

        /// <summary>Offset and length of the first mention that named it, for mapping to participant entities.</summary>
        public int SpanStart { get; set; } = -1;

        public int SpanLength { get; set; }

        public bool IsPersonLike => Kind == PhraseKind.Person || Kind == PhraseKind.Name || Kind == PhraseKind.Role;

        public override string ToString() => Kind + ":" + Name;
    }
}
