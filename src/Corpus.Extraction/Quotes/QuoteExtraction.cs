using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Quotes
{
    /// <summary>Output of quote finding and attribution for one article; quotes sorted by start.</summary>
    public sealed class QuoteExtraction
    {
        public QuoteExtraction(IReadOnlyList<QuoteSpec> quotes, IReadOnlyList<Finding> findings)
        {
            Quotes = quotes;
            Findings = findings;
        }

        public IReadOnlyList<QuoteSpec> Quotes { get; }

        public IReadOnlyList<Finding> Findings { get; }
    }
}
