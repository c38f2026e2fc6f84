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
