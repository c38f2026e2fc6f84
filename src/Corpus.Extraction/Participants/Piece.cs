using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>What a stretch of text was read as, before the article-wide step links pieces to entities.</summary>
    internal enum PieceKind
    {
        /// <summary>A name from the gazetteer (country, place, organisation).</summary>
        Known,
        /// <summary>A demonym or country adjective ("Russian").</summary>
        Demonym,
        /// <summary>A person's name, maybe with a title or honorific.</summary>
        Person,
        /// <summary>An organisation recognised by its shape (head word, defined acronym).</summary>
        Organization,
        /// <summary>A place recognised by its shape (head word).</summary>
        Place,
        /// <summary>One capitalised word of unknown kind; linked later if the article says what it is.</summary>
        Single,
        /// <summary>A role phrase standing alone ("the UN chief"); resolved later to its holder.</summary>
        Role,
    }

    internal sealed class Piece
    {
        public PieceKind Kind;

        /// <summary>For Known and Demonym: the entity kind and canonical name.</summary>
        public EntityKind EntityKind;

        public string Canonical = string.Empty;

        /// <summary>The mention span (title included for persons).</summary>
        public int Start;

        public int End;

        /// <summary>The name as written, without title or honorific ("Jane Doe", "NATO").</summary>
        public string Name = string.Empty;

        /// <summary>Token keys of the name (persons: to match surnames).</summary>
        public string[] NameKeys = System.Array.Empty<string>();

        /// <summary>The form as written when an honorific or title stands before a surname ("Mr. Roe").</summary>
        public string? ShortForm;

        public string? Role;

        public bool SentenceStart;

        /// <summary>Single words: the context says this is a place ("in X", "X region", "X, Texas").</summary>
        public bool PlaceContext;

        /// <summary>Single words: a kinship noun right before says this is a person ("their daughter, Ilse").</summary>
        public bool PersonContext;

        /// <summary>Names: the context says this is an organisation ("shares of X", "X officials", "X's chief executive").</summary>
        public bool OrgContext;

        /// <summary>Single pieces: a capitalised head word after "the" ("the Church", "the Court"), standing for the article's one organisation of that head.</summary>
        public bool HeadAnaphor;

        /// <summary>Head anaphors: "The Guardian" with a capital "The" and a newspaper word, a newspaper's own name when no organisation of the article has that head.</summary>
        public bool NewspaperTitle;

        /// <summary>Role pieces: the head key ("secretary general") and the qualifier names ("NATO").</summary>
        public string? HeadKey;

        public IReadOnlyList<string> Qualifiers = System.Array.Empty<string>();

        /// <summary>Role pieces written in capitals without a determiner ("remains NATO Secretary General").</summary>
        public bool Bare;

        /// <summary>Role pieces with "a"/"an": they name no one already known, so they only serve apposition.</summary>
        public bool Indefinite;

        /// <summary>Acronym defined right after an organisation's name: "(KEMRI)".</summary>
        public string? Acronym;

        public int AcronymStart;

        public override string ToString() => Kind + ":" + Name + (Role != null ? " [" + Role + "]" : string.Empty);
    }
}
