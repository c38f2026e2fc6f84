namespace Corpus.Generator.Tests.Robustness;

public class RealTextsTests
{
    [Fact]
    public void Seeds_and_wikinews_articles_are_loaded_for_mutation()
    {
        RealTexts.All.Count.ShouldBe(5 + 24);
        RealTexts.All.ShouldAllBe(t => t.Length > 500);
        RealTexts.All[5].ShouldNotContain(" 's ");
    }
}
