using System.Runtime.CompilerServices;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>A finding on an entity of an article (corpus order), located at the entity's first mention by <see cref="Locate"/>.</summary>
    public sealed record EntityFinding(int Article, int Entity, Finding Finding)
    {
        /// <summary>The finding at the first mention of the entity in <paramref name="article"/> (the article at <see cref="Article"/>).</summary>
        public CorpusFinding Locate(ArticleModel article)
        {
            var entity = Entity >= 0 && Entity < article.Entities.Count ? article.Entities[Entity] : null;
            var span = entity is { Mentions.Count: > 0 } ? entity.Mentions[0] : SourceSpan.FileStart;
            return new CorpusFinding(article.Path, Finding with { Span = span });
        }
    }

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
    /// <param name="Findings">Naming conflicts of article ids, unsorted.</param>
    /// <param name="EntityFindings">Naming conflicts of participant identifiers, each on the entity of its first mention
    /// (<see cref="EntityFinding.Locate"/>), so that the table holds no text position and an edit that only moves text keeps it equal.</param>
    public sealed record ParticipantTable(
        EquatableArray<string> Paths,
        EquatableArray<string> Identifiers,
        EquatableArray<ParticipantModel> Participants,
        EquatableArray<EquatableArray<int>> EntityMaps,
        EquatableArray<EquatableArray<int>> Involved,
        EquatableArray<CorpusFinding> Findings,
        EquatableArray<EntityFinding> EntityFindings)
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
