using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Findings;
using Shouldly;
using Xunit;

namespace Corpus.Extraction.Tests.Findings;

/// <summary>The streamed paragraph key is the hash of the normalised words joined by spaces, as before, without the strings.</summary>
public sealed class NormalTextHashTests
{
    [Theory]
    [InlineData("The minister said it was over.")]
    [InlineData("  Don\u2019t   stop: Mr. Roe's 2,400 CASES -- now!  ")]
    [InlineData("Ça a été l\u2019été à Zürich; ΑΘΗΝΑ ΚΑΙ")]
    [InlineData("emoji \uD83D\uDE00 between words and a lone \uD800 surrogate")]
    [InlineData("a")]
    public void Same_value_as_hashing_the_joined_normal_words(string text)
    {
        var joined = string.Join(" ", RepeatedParagraphDetector.NormalWords(text));
        RepeatedParagraphDetector.NormalTextHash(text).ShouldBe(ArticleMergeKeys.Hash(joined));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" -- ... \u201C\u201D ")]
    [InlineData("'''")]
    public void No_words_give_zero(string text) => RepeatedParagraphDetector.NormalTextHash(text).ShouldBe(0UL);

    [Fact]
    public void Differs_when_a_word_boundary_moves()
        => RepeatedParagraphDetector.NormalTextHash("ab c").ShouldNotBe(RepeatedParagraphDetector.NormalTextHash("a bc"));
}
