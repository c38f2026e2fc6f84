using System.Collections.Generic;
using System.Collections.Immutable;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;
using Corpus.Generator.Diagnostics;

namespace Corpus.Generator.Pipeline
{
    /// <summary>An article of the corpus with its index in the article list.</summary>
    internal sealed record IndexedArticle(int Index, ArticleSummary Article);

    /// <summary>A participant of the corpus with its index in the participant table.</summary>
    internal sealed record IndexedParticipant(int Index, ParticipantModel Participant);

    /// <summary>
    /// The small top-level corpus file: counts, the lists' shells, the participant index of each kind list, and which
    /// article and participant parts exist (the top file dispatches to them). No per-article or per-participant text.
    /// </summary>
    internal sealed record CorpusTop(
        GeneratorSettings Settings,
        int ArticleCount,
        int QuoteCount,
        int ParticipantCount,
        EquatableArray<int> ArticleParts,
        EquatableArray<int> ParticipantParts,
        EquatableArray<int> People,
        EquatableArray<int> Organizations,
        EquatableArray<int> Countries,
        EquatableArray<int> Places);

    /// <summary>The corpus entries and link tables of the articles of one <see cref="ArticleBucket"/>.</summary>
    internal sealed record CorpusArticlePart(GeneratorSettings Settings, int Index, EquatableArray<IndexedArticle> Articles);

    /// <summary>A share of the participant table, by a hash of the participant's identifier.</summary>
    internal sealed record CorpusParticipantPart(GeneratorSettings Settings, int Index, EquatableArray<IndexedParticipant> Participants);

    /// <summary>What the corpus step reports: settings problems and the corpus-level diagnostics the generator keeps.</summary>
    internal sealed record CorpusReport(EquatableArray<DiagnosticInfo> Problems, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Splits the merged corpus into equatable parts, each emitted as its own file, so a local edit (a quote reworded)
    /// re-emits only the parts whose content changed: the driver compares each part with the last run's and leaves
    /// equal ones cached. An edit that shifts indexes (an article or participant added) still changes most parts.
    /// </summary>
    internal static class CorpusParts
    {
        /// <summary>Number of participant parts.</summary>
        public const int ParticipantPartCount = 16;

        public static int ParticipantPartOf(ParticipantModel participant) => (int)(ArticleDataKey.Hash(participant.Identifier) % ParticipantPartCount);

        public static CorpusTop Top(CorpusSpec spec) => Top(spec.Settings, spec.Articles, spec.Participants);

        /// <summary>The top file of articles in corpus order and participants in corpus order (their links are not read).</summary>
        public static CorpusTop Top(GeneratorSettings settings, IReadOnlyList<ArticleSummary> articles, EquatableArray<ParticipantModel> participants)
        {
            var quotes = 0;
            var articleParts = new SortedSet<int>();
            foreach (var a in articles)
            {
                quotes += a.QuoteSpeakers.Count;
                articleParts.Add(a.Bucket);
            }
            var participantParts = new SortedSet<int>();
            var kinds = new[] { new List<int>(), new List<int>(), new List<int>(), new List<int>() };
            for (var i = 0; i < participants.Count; i++)
            {
                var p = participants[i];
                participantParts.Add(ParticipantPartOf(p));
                var k = KindSlot(p.Kind);
                if (k >= 0) kinds[k].Add(i);
            }
            return new CorpusTop(settings, articles.Count, quotes, participants.Count,
                Array(articleParts), Array(participantParts), Array(kinds[0]), Array(kinds[1]), Array(kinds[2]), Array(kinds[3]));
        }

        /// <summary>The kind lists in emitted order: people, organisations, countries, places; -1 for any other kind.</summary>
        public static int KindSlot(EntityKind kind) => kind switch
        {
            EntityKind.Person => 0,
            EntityKind.Organization => 1,
            EntityKind.Country => 2,
            EntityKind.Place => 3,
            _ => -1,
        };

        public static ImmutableArray<CorpusArticlePart> ArticleParts(CorpusSpec spec) => ArticleParts(spec.Settings, spec.Articles);

        /// <summary>The article parts of articles in corpus order.</summary>
        public static ImmutableArray<CorpusArticlePart> ArticleParts(GeneratorSettings settings, IReadOnlyList<ArticleSummary> articles)
        {
            var lists = new List<IndexedArticle>?[ArticleBucket.Count];
            for (var a = 0; a < articles.Count; a++)
            {
                var article = articles[a];
                (lists[article.Bucket] ??= new List<IndexedArticle>()).Add(new IndexedArticle(a, article));
            }
            var result = ImmutableArray.CreateBuilder<CorpusArticlePart>();
            for (var i = 0; i < lists.Length; i++)
            {
                if (lists[i] is { } list) result.Add(new CorpusArticlePart(settings, i, new EquatableArray<IndexedArticle>(list.ToArray())));
            }
            return result.ToImmutable();
        }

        public static ImmutableArray<CorpusParticipantPart> ParticipantParts(CorpusSpec spec) => ParticipantParts(spec.Settings, spec.Participants);

        /// <summary>The participant parts of linked participants in corpus order.</summary>
        public static ImmutableArray<CorpusParticipantPart> ParticipantParts(GeneratorSettings settings, EquatableArray<ParticipantModel> participants)
        {
            var lists = new List<IndexedParticipant>?[ParticipantPartCount];
            for (var i = 0; i < participants.Count; i++)
            {
                var p = participants[i];
                (lists[ParticipantPartOf(p)] ??= new List<IndexedParticipant>()).Add(new IndexedParticipant(i, p));
            }
            var result = ImmutableArray.CreateBuilder<CorpusParticipantPart>();
            for (var i = 0; i < lists.Length; i++)
            {
                if (lists[i] is { } list) result.Add(new CorpusParticipantPart(settings, i, new EquatableArray<IndexedParticipant>(list.ToArray())));
            }
            return result.ToImmutable();
        }

        public static CorpusReport Report(CorpusSpec spec) => new CorpusReport(spec.Settings.Problems, spec.Diagnostics);

        private static EquatableArray<int> Array(IEnumerable<int> values) => new EquatableArray<int>(new List<int>(values).ToArray());
    }
}
