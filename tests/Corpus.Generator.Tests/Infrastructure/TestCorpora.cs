namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>Article sets used across generator tests.</summary>
public static class TestCorpora
{
    public static IReadOnlyList<TestArticle> Seeds { get; } = Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt")
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => new TestArticle(GeneratorHarness.PathOf("corpus/" + Path.GetFileName(p)), File.ReadAllText(p)))
        .ToList();

    public static TestArticle Small(string name, string text, IReadOnlyDictionary<string, string>? metadata = null)
        => new(GeneratorHarness.PathOf("corpus/" + name), text, metadata);

    public const string CouncilArticle =
        "Council approves new budget\n" +
        "Date: 2021-03-09\n" +
        "\n" +
        "The city council approved the budget on Monday after a long debate.\n" +
        "\n" +
        "\"This budget protects every school in the city,\" Mayor Ana Torres said.\n" +
        "\n" +
        "The vote was 7 to 2.\n";
}
