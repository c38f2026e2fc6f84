using System.Diagnostics;
using System.Text;

namespace Corpus.Extraction.Tests.Participants;

/// <summary>The finder stays linear: a large article and pathological lines take time in proportion to their size.</summary>
public sealed class ParticipantPerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Large_article_is_processed_quickly()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 4000; i++)
        {
            sb.Append("NATO Secretary-General Piet Janssen").Append(i % 50).Append(" met Foreign Minister Ana Lima of Brazil in Geneva, and the NATO chief said ")
              .Append("Mr. Janssen and the Kenya Medical Research Institute (KEMRI) would work with the United Nations.\n");
        }
        var text = sb.ToString();
        var watch = Stopwatch.StartNew();
        var x = SeedParticipantsTests.Find(text);
        watch.Stop();
        output.WriteLine($"{text.Length} chars, {x.Mentions.Count} mentions in {watch.ElapsedMilliseconds} ms");
        watch.ElapsedMilliseconds.ShouldBeLessThan(10_000);
    }

    [Fact]
    public void Pathological_lines_are_processed_quickly()
    {
        var lines = new[]
        {
            string.Concat(Enumerable.Repeat("Aaaa ", 50_000)) + ".",
            string.Concat(Enumerable.Repeat("the Minister ", 30_000)) + ".",
            new string('a', 200_000) + "If.",
            string.Concat(Enumerable.Repeat("Bbb and ", 40_000)) + "Ccc.",
            string.Concat(Enumerable.Repeat("U.", 50_000)) + " said.",
        };
        foreach (var line in lines)
        {
            var watch = Stopwatch.StartNew();
            SeedParticipantsTests.Find(line);
            watch.Stop();
            output.WriteLine($"{line.Length} chars in {watch.ElapsedMilliseconds} ms");
            watch.ElapsedMilliseconds.ShouldBeLessThan(5_000);
        }
    }
}
