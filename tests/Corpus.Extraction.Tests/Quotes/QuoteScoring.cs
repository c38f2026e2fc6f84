using System.Globalization;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Statement spans (P/R/F1) and speaker accuracy on matched statements, with every error written out.</summary>
public static class QuoteScoring
{
    public static (double F1, double SpeakerAccuracy) Score(IReadOnlyList<DevPassage> passages, Action<string> write)
    {
        int expected = 0, predicted = 0, matched = 0, speakersRight = 0;
        foreach (var passage in passages)
        {
            var (_, analysis) = QuoteHarness.Run(passage.Text);
            var statements = analysis.Attributions.Where(a => !a.Quote.IsFragment).ToList();
            expected += passage.Statements.Count;
            predicted += statements.Count;
            var used = new bool[statements.Count];
            foreach (var (quote, speaker) in passage.Statements)
            {
                var k = Enumerable.Range(0, statements.Count).FirstOrDefault(i => !used[i] && QuoteHarness.TextMatches(quote, statements[i].Quote.Text), -1);
                if (k < 0)
                {
                    write($"[{passage.Id}] MISSED: {quote}");
                    continue;
                }
                used[k] = true;
                matched++;
                if (QuoteHarness.SpeakerMatches(speaker, statements[k].SpeakerName)) speakersRight++;
                else write($"[{passage.Id}] SPEAKER: expected '{speaker}', got '{statements[k].SpeakerName}' for: {quote}");
            }
            for (var i = 0; i < statements.Count; i++)
            {
                if (!used[i]) write($"[{passage.Id}] EXTRA: {statements[i].Quote.Text} ({statements[i].SpeakerName})");
            }
        }
        var precision = predicted == 0 ? 0 : (double)matched / predicted;
        var recall = expected == 0 ? 0 : (double)matched / expected;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var speakerAccuracy = matched == 0 ? 0 : (double)speakersRight / matched;
        write(string.Format(CultureInfo.InvariantCulture,
            "passages {0}, expected statements {1}, predicted {2}, matched {3}: P {4:F3} R {5:F3} F1 {6:F3}; speaker accuracy {7:F3} ({8}/{3})",
            passages.Count, expected, predicted, matched, precision, recall, f1, speakerAccuracy, speakersRight));
        return (f1, speakerAccuracy);
    }
}
