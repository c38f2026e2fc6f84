using System;
using System.Collections.Generic;
using System.Globalization;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.CorpusMerge
{
    /// <summary>
    /// CORPUS005: an article that duplicates an earlier one (in corpus order). Same text when the
    /// normalised bodies are equal (case, punctuation, spacing ignored); near-same when at least
    /// <see cref="MinContainment"/> of its paragraphs (normalised) appear in one earlier article.
    /// Found through a paragraph index, never by comparing all pairs.
    /// </summary>
    public static class DuplicateArticleFinder
    {
        public const double MinContainment = 0.8;
        public const int MinParagraphsForNear = 3;

        public static void Find(IReadOnlyList<ArticleModel> articles, List<CorpusFinding> findings, System.Threading.CancellationToken cancellationToken = default)
        {
            var keys = new ArticleMergeKeys[articles.Count];
            for (var a = 0; a < keys.Length; a++) keys[a] = ArticleMergeKeys.For(articles[a]);
            Find(articles, keys, findings, cancellationToken);
        }

        /// <summary>The same search on paragraph keys computed beforehand, one entry of <paramref name="keys"/> per article.</summary>
        public static void Find(IReadOnlyList<ArticleModel> articles, IReadOnlyList<ArticleMergeKeys> keys, List<CorpusFinding> findings, System.Threading.CancellationToken cancellationToken = default)
        {
            var bodies = new Dictionary<ulong, int>();
            var paragraphIndex = new Dictionary<ulong, List<int>>();
            var shared = new Dictionary<int, int>();
            for (var a = 0; a < articles.Count; a++)
            {
                if ((a & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                var article = keys[a];
                if (article.ParagraphKeys.Count == 0) continue;

                if (bodies.TryGetValue(article.BodyKey, out var same))
                {
                    Report(articles, a, same, string.Empty, findings);
                    continue;
                }
                bodies[article.BodyKey] = a;

                var distinct = article.DistinctParagraphKeys;
                if (distinct.Count >= MinParagraphsForNear)
                {
                    shared.Clear();
                    foreach (var key in distinct)
                    {
                        if (!paragraphIndex.TryGetValue(key, out var holders)) continue;
                        foreach (var h in holders) shared[h] = shared.TryGetValue(h, out var n) ? n + 1 : 1;
                    }
                    var best = -1;
                    var bestCount = 0;
                    foreach (var pair in shared)
                    {
                        if (pair.Value > bestCount || (pair.Value == bestCount && pair.Key < best))
                        {
                            best = pair.Key;
                            bestCount = pair.Value;
                        }
                    }
                    if (best >= 0 && bestCount >= MinContainment * distinct.Count)
                    {
                        var percent = (int)Math.Round(100.0 * bestCount / distinct.Count);
                        Report(articles, a, best, " (" + percent.ToString(CultureInfo.InvariantCulture) + "% of its paragraphs are the same)", findings);
                    }
                }
                foreach (var key in distinct)
                {
                    if (!paragraphIndex.TryGetValue(key, out var list)) paragraphIndex[key] = list = new List<int>();
                    list.Add(a);
                }
            }
        }

        private static void Report(IReadOnlyList<ArticleModel> articles, int duplicate, int original, string detail, List<CorpusFinding> findings)
            => findings.Add(new CorpusFinding(articles[duplicate].Path, Finding.Create(FindingCatalog.DuplicateArticle, SourceSpan.FileStart, articles[original].Path, detail)));
    }
}
