using Corpus.Extraction.CorpusMerge;
using Shouldly;
using Xunit;

namespace Corpus.Extraction.Tests.CorpusMerge;

/// <summary>The one-pass stem hashes agree with hashing the stem strings, on made-up edge cases and on every seed paragraph.</summary>
public sealed class StemKeyTests
{
    [Theory]
    [InlineData("We are stopping the shipments, and stopped them quickly; the cities agreed.")]
    [InlineData("Nato\u2019s allies weren't SEEING it: 2,400 troops in 2024 and 12 jets")]
    [InlineData("Die Stadtverwaltung äußerte Bedenken über Zürichs Pläne, Ça a été l\u2019été")]
    [InlineData("carries carried filling fills swimming pulled kissed hopping")]
    [InlineData("the a an of")]
    [InlineData("")]
    [InlineData("\uD83D\uDE00 emoji surrounded anniversaries \uD800 lone")]
    public void Same_keys_as_from_the_stem_strings(string text)
        => ArticleMergeKeys.StemKeys(text).ShouldBe(ArticleMergeKeys.StemKeysFromStrings(text));

    [Fact]
    public void Same_keys_on_every_seed_paragraph()
    {
        var paragraphs = SeedFiles.Paths.SelectMany(p => File.ReadAllText(p).Split('\n')).Where(p => p.Length > 0).ToList();
        paragraphs.Count.ShouldBeGreaterThan(50);
        foreach (var paragraph in paragraphs) ArticleMergeKeys.StemKeys(paragraph).ShouldBe(ArticleMergeKeys.StemKeysFromStrings(paragraph), paragraph);
    }

    [Fact]
    public void A_number_keeps_its_low_bit()
    {
        var keys = ArticleMergeKeys.StemKeys("officials counted 4,200 ballots across twelve districts yesterday");
        keys.Count(k => (k & 1) == 1).ShouldBe(2);
    }
}
