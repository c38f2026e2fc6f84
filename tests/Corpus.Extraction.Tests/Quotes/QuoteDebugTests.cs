namespace Corpus.Extraction.Tests.Quotes;

/// <summary>
/// Prints attributions for the text in the QUOTE_DEBUG file (a tool, not a check): explicit, so it never
/// counts as a passing test; run it with --filter and QUOTE_DEBUG set.
/// </summary>
public class QuoteDebugTests(ITestOutputHelper output)
{
    [Fact(Explicit = true)]
    public void Debug_print()
    {
        var path = Environment.GetEnvironmentVariable("QUOTE_DEBUG");
        Assert.SkipWhen(path is null || !File.Exists(path), "set QUOTE_DEBUG to a text file");
        var (_, analysis) = QuoteHarness.Run(File.ReadAllText(path));
        foreach (var a in analysis.Attributions)
            output.WriteLine($"{(a.Quote.IsFragment ? "~~" : ">>")} {a.Quote.Text} | {a.SpeakerName} [{a.Quote.Attribution}]");
    }
}
