using System.Runtime.CompilerServices;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>
    /// The quote-independent part of the merged corpus (<see cref="CorpusMerger.MergeParticipants"/>): what follows from
    /// the articles' ids, paths, entities and role mentions alone. A host that keeps it as its own cached step does not
    /// merge participants again when only quotes change; the quote-dependent links (<see cref="CorpusMerger.LinkArticle"/>,
    /// <see cref="CorpusMerger.LinkParticipants"/>) are then computed against it.
    /// </summary>
    /// <param name="Paths">The articles' paths in corpus order (by id, then path).</param>
    /// <param name="Identifiers">Per article (corpus order): its unique identifier.</param>
    /// <param name="Participants">The participants in corpus order (kind, then name), with no article or quote links yet.</param>
    /// <param name="EntityMaps">Per article (corpus order), per entity: its participant index.</param>
    /// <param name="Involved">Per article (corpus order): the participants its entities and unnamed role phrases denote, ascending.</param>
    /// <param name="Findings">Naming conflicts (article ids, participant identifiers), unsorted.</param>
    public sealed record ParticipantTable(
        EquatableArray<string> Paths,
        EquatableArray<string> Identifiers,
        EquatableArray<ParticipantModel> Participants,
        EquatableArray<EquatableArray<int>> EntityMaps,
        EquatableArray<EquatableArray<int>> Involved,
        EquatableArray<CorpusFinding> Findings)
    {
        private static readonly ConditionalWeakTable<ParticipantTable, CorpusSpeakerResolver> Resolvers = new ConditionalWeakTable<ParticipantTable, CorpusSpeakerResolver>();

        /// <summary>The speaker resolver over the table's people, built once per table instance (not part of its value).</summary>
        internal CorpusSpeakerResolver Resolver => Resolvers.GetValue(this, static table =>
        {
            var resolver = new CorpusSpeakerResolver();
            for (var i = 0; i < table.Participants.Count; i++)
            {
                var p = table.Participants[i];
                if (p.Kind == EntityKind.Person) resolver.AddPerson(i, p.Name, p.Aliases, p.Roles);
            }
            return resolver;
        });
    }
}
