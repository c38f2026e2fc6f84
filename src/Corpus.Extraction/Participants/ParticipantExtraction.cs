using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>How a participant was named at one place in the text.</summary>
    public enum MentionForm
    {
        /// <summary>Full name, possibly with title or role (<c>Secretary of State John Roe</c>).</summary>
        FullName,
        /// <summary>Surname alone, or honorific + surname (<c>Mr. Roe</c>).</summary>
        ShortName,
        /// <summary>A role noun phrase standing for a person (<c>the UN chief</c>).</summary>
        Role,
        /// <summary>An adjective or demonym linking to a country (<c>Russian</c>); not a mention of the name.</summary>
        Adjective,
        /// <summary>A plain name of an organisation, country or place.</summary>
        Name,
    }

    /// <summary>A role phrase no person of the article holds: where, and the role in its normal form ("NATO Secretary-General").</summary>
    public readonly record struct UnresolvedRole(int Start, int Length, string Role);

    /// <summary>One mention: where, which entity (index into <see cref="ParticipantExtraction.Entities"/>), and how.</summary>
    public readonly record struct Mention(int Start, int Length, int EntityIndex, MentionForm Form);

    /// <summary>
    /// Output of participant finding for one article. <see cref="Entities"/> are in order of first mention
    /// (the same order as <see cref="ArticleModel.Entities"/>). <see cref="Mentions"/> are sorted by start, then
    /// longer first; they may nest: a person's <see cref="MentionForm.FullName"/> span includes the title written
    /// before the name ("UN Secretary-General Jane Doe") and contains the organisation or country mention of that
    /// title. <see cref="MentionForm.ShortName"/> spans cover an honorific or title before a surname ("Mr. Roe",
    /// "President Roe") and never a possessive "'s". <see cref="MentionForm.Role"/> spans are role phrases resolved
    /// to one person, determiner included ("the UN chief", "Brazil's foreign minister"); unresolvable role phrases
    /// are not emitted as mentions; those that no person of the article could hold (no role of the same head, or for
    /// "chief"-like heads of the same qualifier) are listed in <see cref="UnresolvedRoles"/> for the corpus merge.
    /// <see cref="MentionForm.Adjective"/> spans are demonyms linked to a country.
    /// <see cref="Findings"/> holds CORPUS006 (words run together) located on the run-together word.
    /// </summary>
    public sealed class ParticipantExtraction
    {
        public static readonly ParticipantExtraction Empty =
            new ParticipantExtraction(new EntitySpec[0], new Mention[0], new Finding[0]);

        public ParticipantExtraction(IReadOnlyList<EntitySpec> entities, IReadOnlyList<Mention> mentions, IReadOnlyList<Finding> findings)
            : this(entities, mentions, findings, new UnresolvedRole[0])
        {
        }

        public ParticipantExtraction(IReadOnlyList<EntitySpec> entities, IReadOnlyList<Mention> mentions, IReadOnlyList<Finding> findings, IReadOnlyList<UnresolvedRole> unresolvedRoles)
        {
            UnresolvedRoles = unresolvedRoles;
            Entities = entities;
            Mentions = mentions;
            Findings = findings;
        }

        public IReadOnlyList<EntitySpec> Entities { get; }

        public IReadOnlyList<Mention> Mentions { get; }

        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>Role phrases (not indefinite) that no person of this article holds, in text order.</summary>
        public IReadOnlyList<UnresolvedRole> UnresolvedRoles { get; }
    }
}
