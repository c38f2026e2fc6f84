using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Quotes
{
    /// <summary>Quotes with their attributions and the findings, in text order.</summary>
    public sealed class QuoteAnalysis
    {
        public QuoteAnalysis(IReadOnlyList<QuoteAttribution> attributions, IReadOnlyList<Finding> findings)
        {
            Attributions = attributions;
            Findings = findings;
        }

        public IReadOnlyList<QuoteAttribution> Attributions { get; }

        public IReadOnlyList<Finding> Findings { get; }

        public QuoteExtraction ToExtraction()
        {
            var quotes = new QuoteSpec[Attributions.Count];
            for (var i = 0; i < quotes.Length; i++) quotes[i] = Attributions[i].Quote;
            return new QuoteExtraction(quotes, Findings);
        }
    }
}
