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

    /// <summary>One mention: where, which entity (index into <see cref="ParticipantExtraction.Entities"/>), and how.</summary>
    public readonly record struct Mention(int Start, int Length, int EntityIndex, MentionForm Form);

    /// <summary>Output of participant finding for one article; mentions are sorted by start.</summary>
    public sealed class ParticipantExtraction
    {
        public static readonly ParticipantExtraction Empty =
            new ParticipantExtraction(new EntitySpec[0], new Mention[0], new Finding[0]);

        public ParticipantExtraction(IReadOnlyList<EntitySpec> entities, IReadOnlyList<Mention> mentions, IReadOnlyList<Finding> findings)
        {
            Entities = entities;
            Mentions = mentions;
            Findings = findings;
        }

        public IReadOnlyList<EntitySpec> Entities { get; }

        public IReadOnlyList<Mention> Mentions { get; }

        public IReadOnlyList<Finding> Findings { get; }
    }
}
