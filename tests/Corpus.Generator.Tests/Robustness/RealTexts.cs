namespace Corpus.Generator.Tests.Robustness;

/// <summary>Real article texts to mutate: the seeds, plus the Wikinews articles when the test data has them.</summary>
public static class RealTexts
{
    public static IReadOnlyList<string> All { get; } = Load();

    private static List<string> Load()
    {
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        return texts;
    }
}
