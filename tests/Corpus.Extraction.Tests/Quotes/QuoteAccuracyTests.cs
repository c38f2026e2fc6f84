namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Scores the development set: statement spans (P/R/F1) and speaker accuracy on found statements.</summary>
public class QuoteAccuracyTests(ITestOutputHelper output)
{
    // Floors sit just below the figures reached; raise them when accuracy improves.
    private const double MinF1 = 0.99;
    private const double MinSpeakerAccuracy = 0.99;
    private const double MinHoldoutF1 = 0.99;
    private const double MinHoldoutSpeakerAccuracy = 0.98;
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

    private (double F1, double SpeakerAccuracy) Score(IReadOnlyList<DevPassage> passages) => QuoteScoring.Score(passages, output.WriteLine);
}
