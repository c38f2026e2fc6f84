using System.Text.Json;

namespace Corpus.Generator.Tests.Robustness;

/// <summary>Real article texts to mutate: the five seeds and the 24 Wikinews articles of GUM (detokenised).</summary>
public static class RealTexts
{
    public static IReadOnlyList<string> All { get; } = Load();

    private static List<string> Load()
    {
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Gum", "gum_news_entities.jsonl")))
        {
            if (line.Trim().Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            texts.Add(Corpus.Extraction.Tests.Participants.GumDetokenizer.Detokenize(json.RootElement.GetProperty("text").GetString()!).Text);
        }
        return texts;
    }
}
