namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Prints attributions for the text in the QUOTE_DEBUG file, when set (a tool, not a check).</summary>
public class QuoteDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Debug_print()
    {
        var path = Environment.GetEnvironmentVariable("QUOTE_DEBUG");
        if (path is null || !File.Exists(path)) return;
        var (_, analysis) = QuoteHarness.Run(File.ReadAllText(path));
        foreach (var a in analysis.Attributions)
            output.WriteLine($"{(a.Quote.IsFragment ? "~~" : ">>")} {a.Quote.Text} | {a.SpeakerName} [{a.Quote.Attribution}]");
    }
}
