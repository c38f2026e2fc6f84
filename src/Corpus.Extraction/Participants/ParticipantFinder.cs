using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Participants
{
    /// <summary>Finds people, organisations, countries and places named in an article's paragraphs.</summary>
    public static class ParticipantFinder
    {
        public static ParticipantExtraction Find(ArticleText text, IReadOnlyList<ParagraphSpec> paragraphs, CancellationToken cancellationToken = default)
        {
            // Placeholder until the participant rules land (issue 4).
            return ParticipantExtraction.Empty;
        }
    }
}
