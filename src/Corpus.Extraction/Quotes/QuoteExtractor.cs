using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.Participants;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes
{
    /// <summary>Finds direct quotes in the paragraphs and attributes each to a participant.</summary>
    public static class QuoteExtractor
    {
        public static QuoteExtraction Extract(ArticleText text, IReadOnlyList<ParagraphSpec> paragraphs, ParticipantExtraction participants, CancellationToken cancellationToken = default)
        {
            // Placeholder until the quote rules land.
            return new QuoteExtraction(new QuoteSpec[0], new Finding[0]);
        }
    }
}
