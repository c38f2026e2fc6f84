using System.Globalization;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Scores the development set: statement spans (P/R/F1) and speaker accuracy on found statements.</summary>
public class QuoteAccuracyTests(ITestOutputHelper output)
{
    // Floors sit just below the figures reached; raise them when accuracy improves.
    private const double MinF1 = 0.99;
    private const double MinSpeakerAccuracy = 0.99;
    private const double MinHoldoutF1 = 0.99;
    private const double MinHoldoutSpeakerAccuracy = 0.975;
    private const double MinRealTextF1 = 0.99;
    private const double MinRealTextSpeakerAccuracy = 0.94;

    [Fact]
    public void Dev_set_accuracy()
    {
        var passages = DevSet.Load();
        passages.Count.ShouldBeGreaterThanOrEqualTo(80);
        var (f1, speakerAccuracy) = Score(passages);
        f1.ShouldBeGreaterThanOrEqualTo(MinF1);
        speakerAccuracy.ShouldBeGreaterThanOrEqualTo(MinSpeakerAccuracy);
    }

    /// <summary>Passages written after the rules were tuned, scored separately as an estimate on unseen text.</summary>
    [Fact]
    public void Holdout_accuracy()
    {
        var (f1, speakerAccuracy) = Score(DevSet.Load("holdout-*.txt"));
        f1.ShouldBeGreaterThanOrEqualTo(MinHoldoutF1);
        speakerAccuracy.ShouldBeGreaterThanOrEqualTo(MinHoldoutSpeakerAccuracy);
    }

    /// <summary>Figures per set for the README table (prints only; the floors are asserted above).</summary>
    [Theory]
    [InlineData("devset-*.txt")]
    [InlineData("holdout-a.txt")]
    [InlineData("holdout-b.txt")]
    [InlineData("holdout-c.txt")]
    [InlineData("holdout-d.txt")]
    [InlineData("holdout-e.txt")]
    [InlineData("holdout-f.txt")]
    [InlineData("holdout-g.txt")]
    [InlineData("holdout-wikinews.txt")]
    [InlineData("holdout-wikinews2.txt")]
    [InlineData("holdout-wikinews3.txt")]
    [InlineData("holdout-wikinews4.txt")]
    [InlineData("holdout-wikinews*.txt")]
    [InlineData("holdout-*.txt")]
    public void Report(string pattern)
    {
        var passages = DevSet.Load(pattern);
        if (passages.Count > 0) Score(passages);
    }

    /// <summary>Published Wikinews text only (holdout-wikinews*.txt), the closest estimate of unseen real news.</summary>
    [Fact]
    public void Real_text_accuracy()
    {
        var passages = DevSet.Load("holdout-wikinews*.txt");
        passages.Count.ShouldBeGreaterThanOrEqualTo(22);
        var (f1, speakerAccuracy) = Score(passages);
        f1.ShouldBeGreaterThanOrEqualTo(MinRealTextF1);
        speakerAccuracy.ShouldBeGreaterThanOrEqualTo(MinRealTextSpeakerAccuracy);
    }

    private (double F1, double SpeakerAccuracy) Score(IReadOnlyList<DevPassage> passages)
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
                    output.WriteLine($"[{passage.Id}] MISSED: {quote}");
                    continue;
                }
                used[k] = true;
                matched++;
                if (QuoteHarness.SpeakerMatches(speaker, statements[k].SpeakerName)) speakersRight++;
                else output.WriteLine($"[{passage.Id}] SPEAKER: expected '{speaker}', got '{statements[k].SpeakerName}' for: {quote}");
            }
            for (var i = 0; i < statements.Count; i++)
            {
                if (!used[i]) output.WriteLine($"[{passage.Id}] EXTRA: {statements[i].Quote.Text} ({statements[i].SpeakerName})");
            }
        }
        var precision = predicted == 0 ? 0 : (double)matched / predicted;
        var recall = expected == 0 ? 0 : (double)matched / expected;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var speakerAccuracy = matched == 0 ? 0 : (double)speakersRight / matched;
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "passages {0}, expected statements {1}, predicted {2}, matched {3}: P {4:F3} R {5:F3} F1 {6:F3}; speaker accuracy {7:F3} ({8}/{3})",
            passages.Count, expected, predicted, matched, precision, recall, f1, speakerAccuracy, speakersRight));
        return (f1, speakerAccuracy);
    }
}
