namespace Corpus.Extraction.Tests.Quotes;

/// <summary>
/// Scores labelled passages kept outside the repository (third-party text that must not be committed):
/// every *.txt in the folder named by CORPUS_EVAL_DIR, in the Data/Quotes format. Skipped when unset;
/// it prints figures and errors only, since the texts and their labels are not part of the repository.
/// </summary>
public class ExternalEvalTests(ITestOutputHelper output)
{
    [Fact]
    public void External_set_report()
    {
        var dir = Environment.GetEnvironmentVariable("CORPUS_EVAL_DIR");
        Assert.SkipWhen(string.IsNullOrEmpty(dir) || !Directory.Exists(dir), "set CORPUS_EVAL_DIR to a folder of labelled passages");
        var passages = DevSet.LoadFrom(dir!, "*.txt");
        Assert.SkipWhen(passages.Count == 0, "no passages in CORPUS_EVAL_DIR");
        var lines = new List<string>();
        if (Environment.GetEnvironmentVariable("CORPUS_EVAL_VERBOSE") == "1")
        {
            foreach (var passage in passages)
            {
                lines.Add("### " + passage.Id);
                foreach (var a in QuoteHarness.Run(passage.Text).Analysis.Attributions)
                    lines.Add($"{(a.Quote.IsFragment ? "~~" : ">>")} {a.Quote.Text} | {a.SpeakerName} [{a.Quote.Attribution}]");
            }
        }
        QuoteScoring.Score(passages, line => { lines.Add(line); output.WriteLine(line); });
        var report = Environment.GetEnvironmentVariable("CORPUS_EVAL_OUT");
        if (!string.IsNullOrEmpty(report)) File.WriteAllLines(report, lines);
    }
}
