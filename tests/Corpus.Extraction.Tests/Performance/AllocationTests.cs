using System.Text;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Performance;

/// <summary>
/// Guards against allocation regressions in the engine without timing anything (CI never times):
/// bytes allocated on this thread per byte of article text, on fixed input, with generous headroom.
/// </summary>
public class AllocationTests
{
    /// <summary>
    /// Issue 6: about 140 before the first throughput work, about 50 after it, 32 after the allocation-free
    /// tokens and reused working lists (Debug build, UTF-8 input bytes); the bound leaves room for rule changes.
    /// </summary>
    private const double MaxBytesPerInputByte = 45;

    [Fact]
    public void Extraction_of_the_seeds_allocates_a_bounded_amount_per_input_byte()
    {
        var texts = SeedFiles.Paths.Select(p => (Path: p, Text: File.ReadAllText(p))).ToList();
        texts.Count.ShouldBeGreaterThan(0);
        // Warm up: word lists, per-thread pools and tables are built once and do not count.
        foreach (var (path, text) in texts) ArticleExtractor.Extract(path, text);

        var inputBytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var (path, text) in texts) ArticleExtractor.Extract(path, text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ((double)allocated / inputBytes).ShouldBeLessThan(MaxBytesPerInputByte);
    }

    [Fact]
    public void Repeated_paragraph_detection_keeps_nothing_from_the_previous_article()
    {
        var a = Paragraphs(
            "The council met on Tuesday to discuss the new budget for the coming year in the city.",
            "The council met on Tuesday to discuss the new budget for the coming year in the city.",
            "Critics said the plan was rushed and that nobody had been consulted before the vote.");
        // b's first paragraph is in a: any trace of a in the reused tables would report it.
        var b = Paragraphs(
            "The council met on Tuesday to discuss the new budget for the coming year in the city.",
            "An unrelated paragraph about the weather, which was mild for the season in the north.",
            "An unrelated paragraph about the weather, which was mild for the season in the north.");

        var fresh = new List<Finding>();
        RunOnNewThread(() => RepeatedParagraphDetector.Detect(b, fresh));

        var afterOther = new List<Finding>();
        RunOnNewThread(() =>
        {
            RepeatedParagraphDetector.Detect(a, new List<Finding>());
            RepeatedParagraphDetector.Detect(b, afterOther);
        });

        fresh.Count.ShouldBe(1);
        afterOther.ShouldBe(fresh);
    }

    [Fact]
    public void String_pool_returns_equal_strings_and_starts_over_when_full()
    {
        var pool = new StringPool();
        var text = "alpha beta alpha";
        var first = pool.Get(text, 0, 5);
        first.ShouldBe("alpha");
        pool.Get(text, 11, 5).ShouldBeSameAs(first);
        pool.Get("beta".ToCharArray(), 4).ShouldBe("beta");
        // Far more distinct words than the pool holds: every answer is still right.
        for (var i = 0; i < 100_000; i++)
        {
            var word = "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            pool.Get(word, 0, word.Length).ShouldBe(word);
        }
        var longWord = new string('x', StringPool.MaxPooledLength + 1);
        pool.Get(longWord, 0, longWord.Length).ShouldBe(longWord);
    }

    private static List<ParagraphSpec> Paragraphs(params string[] texts)
    {
        var result = new List<ParagraphSpec>();
        var offset = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            result.Add(new ParagraphSpec(texts[i], new SourceSpan(offset, texts[i].Length, i * 2 + 1, 1, i * 2 + 1, texts[i].Length + 1)));
            offset += texts[i].Length + 2;
        }
        return result;
    }

    private static void RunOnNewThread(Action action)
    {
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { error = e; }
        });
        thread.Start();
        thread.Join();
        if (error != null) throw error;
    }
}
