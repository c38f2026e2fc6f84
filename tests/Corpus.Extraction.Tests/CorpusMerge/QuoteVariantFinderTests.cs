using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Text;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.CorpusMerge;

/// <summary>Calibration cases for quote variants; the thresholds in QuoteVariantFinder are set against these.</summary>
public class QuoteVariantFinderTests
{
    private static bool Variants(string a, string b)
        => QuoteVariantFinder.AreVariants(new HashSet<string>(ContentWords.Stems(a)), new HashSet<string>(ContentWords.Stems(b)));

    [Theory]
    // Two outlets, two translations of one statement.
    [InlineData("The water level is falling slowly, but we expect the river to stay above the danger mark until the weekend",
                "The water levels are slowly falling, but we expect that the river will remain above the danger mark until the weekend")]
    // A truncated quote.
    [InlineData("The water level is falling slowly, but we expect the river to stay above the danger mark until the weekend",
                "we expect the river to stay above the danger mark")]
    // A loose translation of a longer statement: many shared words, much rewording.
    [InlineData("We now observe a large movement of tanks away from the border, to repair, refuel and rearm, and they move their attention to the south",
                "We are now observing considerable tank withdrawals from the border to repair, refuel and rearm. They're turning their priorities toward the south")]
    public void Same_statement_in_other_words_is_a_variant(string a, string b) => Variants(a, b).ShouldBeTrue();

    [Theory]
    // Templated statements of one speaker: same frame, different facts.
    [InlineData("The budget for schools will rise by ten percent next year", "The budget for hospitals will fall by five percent next year")]
    // Same topic, different statement.
    [InlineData("The water level is falling slowly, but we expect the river to stay above the danger mark until the weekend",
                "We have evacuated three thousand residents from the low-lying districts near the river")]
    // Same frame, different numbers.
    [InlineData("Our factory will build 300 new trucks in Ohio and hire 500 workers next spring", "Our factory will build 120 new trucks in Ohio and hire 90 workers next spring")]
    // Short generic quotes never match on two words.
    [InlineData("We will win this election", "We will not win this war")]
    public void Different_statements_are_not_variants(string a, string b) => Variants(a, b).ShouldBeFalse();

    [Fact]
    public void Groups_span_articles_and_are_reported_once_per_group()
    {
        var a = ModelBuilder.WithQuotes("a.txt", "Floods continue.\n\n\"The water level is falling slowly, but we expect the river to stay above the danger mark until the weekend,\" the mayor said.\n", "The water level is falling slowly, but we expect the river to stay above the danger mark until the weekend");
        var b = ModelBuilder.WithQuotes("b.txt", "River update.\n\n\"The water levels are slowly falling, but we expect that the river will remain above the danger mark until the weekend,\" she said.\n", "The water levels are slowly falling, but we expect that the river will remain above the danger mark until the weekend");
        var c = ModelBuilder.WithQuotes("c.txt", "Weather.\n\nThe mayor said: \"we expect the river to stay above the danger mark\".\n\n\"We have evacuated three thousand residents from the low-lying districts,\" she added.\n", "we expect the river to stay above the danger mark", "We have evacuated three thousand residents from the low-lying districts");

        var corpus = CorpusMerger.Merge([c, a, b]);
        var byPath = corpus.Articles.ToDictionary(e => e.Path);
        byPath["a.txt"].QuoteVariants[0].Count.ShouldBe(2);
        byPath["c.txt"].QuoteVariants[0].Count.ShouldBe(2);
        byPath["c.txt"].QuoteVariants[1].Count.ShouldBe(0);

        var reported = corpus.Findings.Where(f => f.Finding.Id == FindingCatalog.QuoteVariant).ToList();
        reported.Count.ShouldBe(1);
        reported[0].Path.ShouldBe("a.txt");
        reported[0].Finding.Span.Line.ShouldBe(3);
        reported[0].Finding.Arguments[0].ShouldBe("b.txt (line 3), c.txt (line 3)");
    }

    [Fact]
    public void Quotes_of_one_article_are_not_variants_of_each_other()
    {
        var text = "Story.\n\n\"We expect the river to stay above the danger mark until Sunday,\" he said. Later: \"we expect the river to stay above the danger mark until Sunday night.\"\n";
        var a = ModelBuilder.WithQuotes("a.txt", text, "We expect the river to stay above the danger mark until Sunday,", "we expect the river to stay above the danger mark until Sunday night.");
        var corpus = CorpusMerger.Merge([a]);
        corpus.Findings.ShouldNotContain(f => f.Finding.Id == FindingCatalog.QuoteVariant);
    }

    [Fact]
    public void Many_quotes_are_grouped_without_comparing_all_pairs()
    {
        // 2,000 articles of distinct statements (ten words drawn from a large vocabulary) plus one shared
        // statement in each tenth article: grouped correctly, and fast.
        var random = new Random(11);
        static string Word(int n) => "k" + (char)('a' + n % 26) + (char)('a' + n / 26 % 26) + (char)('a' + n / 676 % 26) + "o";
        var articles = Enumerable.Range(0, 2000).Select(i =>
        {
            var own = string.Join(" ", Enumerable.Range(0, 10).Select(_ => Word(random.Next(5000))));
            var shared = "The water level is falling slowly, but we expect the river to stay above the danger mark until the weekend";
            var quotes = i % 10 == 0 ? new[] { own, shared } : new[] { own };
            var text = "Story.\n\n" + string.Join("\n\n", quotes.Select(q => "\"" + q + ",\" he said.")) + "\n";
            return ModelBuilder.WithQuotes($"a{i:D4}.txt", text, quotes);
        }).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var groups = QuoteVariantFinder.Find(articles);
        watch.Stop();
        groups.Count.ShouldBe(1);
        groups[0].Count.ShouldBe(200);
        watch.ElapsedMilliseconds.ShouldBeLessThan(5000);
    }

    /// <summary>
    /// The indexed search finds exactly the groups of the rule it implements, checked against every pair: quotes of
    /// different articles sharing at least MinShared stems used by at most MaxPostings quotes, and passing AreVariants.
    /// Random stem sets over a small vocabulary, with a few very common stems (above MaxPostings) and numbers.
    /// </summary>
    [Theory]
    [InlineData(1, 40, 30)]
    [InlineData(2, 120, 24)]
    [InlineData(3, 300, 60)]
    public void The_index_finds_the_same_groups_as_comparing_every_pair(int seed, int articles, int vocabulary)
    {
        var random = new Random(seed);
        var keys = new List<ArticleMergeKeys>();
        for (var a = 0; a < articles; a++)
        {
            var quotes = new EquatableArray<ulong>[random.Next(0, 6)];
            for (var q = 0; q < quotes.Length; q++)
            {
                var set = new SortedSet<ulong>();
                var size = random.Next(3, 10);
                while (set.Count < size)
                {
                    // Words 0-2 are in most quotes (not followed); odd keys are numbers.
                    var word = random.Next(10) < 3 ? random.Next(3) : 3 + random.Next(vocabulary);
                    set.Add(((ulong)word * 0x9E3779B97F4A7C15UL & ~1UL) | (word % 7 == 0 ? 1UL : 0UL));
                }
                quotes[q] = set.Count < QuoteVariantFinder.MinStems ? EquatableArray<ulong>.Empty : EquatableArray.From(set);
            }
            keys.Add(new ArticleMergeKeys(EquatableArray<ulong>.Empty, EquatableArray<ulong>.Empty, 0, new EquatableArray<EquatableArray<ulong>>(quotes),
                new EquatableArray<string>(new string[quotes.Length]), EquatableArray<EntityMergeKeys>.Empty));
        }

        var found = QuoteVariantFinder.Find(keys);

        var all = new List<(QuoteRef Ref, EquatableArray<ulong> Stems)>();
        for (var a = 0; a < keys.Count; a++)
        {
            for (var q = 0; q < keys[a].QuoteStems.Count; q++)
            {
                if (keys[a].QuoteStems[q].Count >= QuoteVariantFinder.MinStems) all.Add((new QuoteRef(a, q), keys[a].QuoteStems[q]));
            }
        }
        var frequency = all.SelectMany(x => x.Stems).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var group = Enumerable.Range(0, all.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        var edges = 0;
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (all[i].Ref.Article == all[j].Ref.Article) continue;
                var followed = all[i].Stems.Intersect(all[j].Stems).Count(s => frequency[s] <= QuoteVariantFinder.MaxPostings);
                if (followed < QuoteVariantFinder.MinShared || !QuoteVariantFinder.AreVariants(all[i].Stems, all[j].Stems)) continue;
                edges++;
                var (ri, rj) = (Root(i), Root(j));
                if (ri != rj) group[Math.Max(ri, rj)] = Math.Min(ri, rj);
            }
        }
        var expected = Enumerable.Range(0, all.Count).GroupBy(Root).Where(g => g.Count() > 1)
            .Select(g => g.Select(i => all[i].Ref).OrderBy(r => r.Article).ThenBy(r => r.Quote).ToList())
            .OrderBy(g => g[0].Article).ThenBy(g => g[0].Quote).ToList();

        edges.ShouldBeGreaterThan(0);
        found.Count.ShouldBe(expected.Count);
        for (var g = 0; g < expected.Count; g++) found[g].ShouldBe(expected[g]);
    }
}
