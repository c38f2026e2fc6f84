using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Corpus.Extraction.Model;

namespace Corpus.Generator.Pipeline
{
    /// <summary>
    /// A fixed share of the articles, emitted as one source file. One file per article made every run of
    /// the driver (even a C# edit with every step cached) cost time quadratic in the number of files
    /// (measured: 440 ms at 10,000 files against 1.3 ms for one); a fixed number of buckets keeps the file
    /// count bounded while an edited article still re-emits only its own bucket.
    /// </summary>
    internal sealed record ArticleBucket(int Index, EquatableArray<ArticleResult> Articles)
    {
        public const int Count = 64;

        /// <summary>The bucket of an article: from the hash in its data key, so it depends only on its path.</summary>
        public static int Of(ArticleResult article)
        {
            var key = article.DataKey;
            var hex = key.Length >= 2 ? key.Substring(key.Length - 2) : "0";
            return int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) ? value % Count : 0;
        }

        /// <summary>The non-empty buckets, each with its articles ordered by data key.</summary>
        public static ImmutableArray<ArticleBucket> Split(ImmutableArray<ArticleResult> articles)
        {
            var lists = new List<ArticleResult>?[Count];
            foreach (var article in articles)
            {
                var index = Of(article);
                (lists[index] ??= new List<ArticleResult>()).Add(article);
            }
            var result = ImmutableArray.CreateBuilder<ArticleBucket>();
            for (var i = 0; i < Count; i++)
            {
                var list = lists[i];
                if (list is null) continue;
                list.Sort((a, b) => string.CompareOrdinal(a.DataKey, b.DataKey));
                result.Add(new ArticleBucket(i, new EquatableArray<ArticleResult>(list.ToArray())));
            }
            return result.ToImmutable();
        }
    }
}
