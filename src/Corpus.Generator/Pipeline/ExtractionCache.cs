using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Pipeline
{
    /// <summary>
    /// Lets the generator and the analyzer share one extraction per file within a compilation: both read
    /// an additional file's <see cref="SourceText"/>, which the compiler hands to both as the same object.
    /// Keys are held weakly, so nothing outlives the text it was made from, and an entry is reused only
    /// for the same path, overrides and size limit.
    /// </summary>
    internal static class ExtractionCache
    {
        private static readonly ConditionalWeakTable<SourceText, string> Strings = new ConditionalWeakTable<SourceText, string>();
        private static readonly ConditionalWeakTable<string, ArticleResultBox> Results = new ConditionalWeakTable<string, ArticleResultBox>();

        /// <summary>The text as a string, the same instance for the same <see cref="SourceText"/>.</summary>
        public static string TextOf(SourceText text) => Strings.GetValue(text, static t => t.ToString());

        public static ArticleResult Extract(ArticleInput input, System.Threading.CancellationToken cancellationToken)
        {
            if (input.Text is null) return ArticleStep.Extract(input, cancellationToken);
            var box = Results.GetOrCreateValue(input.Text);
            var cached = box.Value;
            if (cached != null && cached.Input == input) return cached.Result;
            var result = ArticleStep.Extract(input, cancellationToken);
            box.Value = new Entry(input, result);
            return result;
        }

        /// <summary>Below this many files to extract, one thread does it: starting workers costs more than it saves.</summary>
        internal const int MinParallelFiles = 8;

        /// <summary>
        /// Extracts, on every core, the files not yet in the cache, so that the per-file step then finds each in the
        /// cache. The per-file step stays the unit of caching and of reporting: a file that fails here is simply
        /// extracted again there, one at a time. Returns a constant, so the step that waits on it is never
        /// invalidated by it. Only a cold run or a many-file change has work for more than one thread.
        /// </summary>
        public static bool Prefetch(System.Collections.Immutable.ImmutableArray<ArticleInput?> inputs, System.Threading.CancellationToken cancellationToken)
        {
            var missing = new System.Collections.Generic.List<ArticleInput>();
            foreach (var input in inputs)
            {
                if (input?.Text is null) continue;
                if (!IsCached(input)) missing.Add(input);
            }
            if (missing.Count < MinParallelFiles) return true;
            try
            {
                // The default scheduler: as many workers as cores (one core: the calling thread does it all).
                var options = new System.Threading.Tasks.ParallelOptions { CancellationToken = cancellationToken };
                System.Threading.Tasks.Parallel.For(0, missing.Count, options, i => Extract(missing[i], cancellationToken));
            }
            catch (System.AggregateException) when (!cancellationToken.IsCancellationRequested)
            {
                // Extraction never throws but for cancellation; whatever did is met again, and reported, by the per-file step.
            }
            return true;
        }

        /// <summary>Whether <see cref="Extract"/> would return a stored result for <paramref name="input"/>.</summary>
        internal static bool IsCached(ArticleInput input)
            => input.Text != null && Results.TryGetValue(input.Text, out var box) && box.Value is { } entry && entry.Input == input;

        private sealed class ArticleResultBox
        {
            public volatile Entry? Value;
        }

        private sealed class Entry
        {
            public Entry(ArticleInput input, ArticleResult result)
            {
                Input = input;
                Result = result;
            }

            public ArticleInput Input { get; }

            public ArticleResult Result { get; }
        }
    }
}
