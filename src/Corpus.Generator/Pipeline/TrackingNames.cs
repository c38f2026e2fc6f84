namespace Corpus.Generator.Pipeline
{
    /// <summary>Names of the pipeline steps; tests assert on them to prove caching.</summary>
    public static class TrackingNames
    {
        public const string Target = nameof(Target);
        public const string Settings = nameof(Settings);
        public const string ArticleInputs = nameof(ArticleInputs);
        public const string ArticleFiles = nameof(ArticleFiles);
        public const string Prefetch = nameof(Prefetch);
        public const string PrefetchedFiles = nameof(PrefetchedFiles);
        public const string Articles = nameof(Articles);
        public const string SharedArticles = nameof(SharedArticles);
        public const string ArticleBuckets = nameof(ArticleBuckets);
        public const string ArticleOutputs = nameof(ArticleOutputs);
        public const string MergeInputs = nameof(MergeInputs);
        public const string ParticipantInputs = nameof(ParticipantInputs);
        public const string ParticipantTable = nameof(ParticipantTable);
        public const string CollectedArticles = nameof(CollectedArticles);
        public const string NamingConflicts = nameof(NamingConflicts);
        public const string QuoteVariants = nameof(QuoteVariants);
        public const string ArticleLinks = nameof(ArticleLinks);
        public const string Corpus = nameof(Corpus);
        public const string CorpusTop = nameof(CorpusTop);
        public const string CorpusArticleParts = nameof(CorpusArticleParts);
        public const string CorpusParticipantParts = nameof(CorpusParticipantParts);
        public const string CorpusReport = nameof(CorpusReport);

        public static readonly string[] All = { Target, Settings, ArticleInputs, ArticleFiles, Prefetch, PrefetchedFiles, Articles, SharedArticles, ArticleBuckets, ArticleOutputs, MergeInputs, ParticipantInputs, ParticipantTable, CollectedArticles, NamingConflicts, QuoteVariants, ArticleLinks, Corpus, CorpusTop, CorpusArticleParts, CorpusParticipantParts, CorpusReport };
    }
}
