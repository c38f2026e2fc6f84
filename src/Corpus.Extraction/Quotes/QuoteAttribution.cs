using Corpus.Extraction.Model;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// A quote with how its speaker was found, independent of the participant finder:
    /// <see cref="SpeakerName"/> is the resolved speaker as the article names it (full name for
    /// people, the phrase for bodies), or null; <see cref="SpeakerStart"/>/<see cref="SpeakerLength"/>
    /// locate the attributing phrase (-1/0 for continuations).
    /// </summary>
    public sealed record QuoteAttribution(QuoteSpec Quote, string? SpeakerName, int SpeakerStart, int SpeakerLength);
}
