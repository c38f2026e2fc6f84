namespace Corpus.Extraction.Tests.Quotes;

/// <summary>One passage of the quote development set (Data/Quotes/devset-*.txt; format in the README there).</summary>
public sealed record DevPassage(string Id, string Text, IReadOnlyList<(string Quote, string Speaker)> Statements, IReadOnlyList<string> Fragments);

public static class DevSet
{
    public static IReadOnlyList<DevPassage> Load(string pattern = "devset-*.txt") =>
        LoadFrom(Path.Combine(AppContext.BaseDirectory, "Data", "Quotes"), pattern);

    /// <summary>Passages from every file of <paramref name="dir"/> matching <paramref name="pattern"/>.</summary>
    public static IReadOnlyList<DevPassage> LoadFrom(string dir, string pattern)
    {
        var passages = new List<DevPassage>();
        foreach (var file in Directory.GetFiles(dir, pattern).OrderBy(f => f, StringComparer.Ordinal))
        {
            string? id = null;
            var lines = new List<string>();
            var statements = new List<(string, string)>();
            var fragments = new List<string>();
            void Flush()
            {
                if (id != null) passages.Add(new DevPassage(id, string.Join("\n", lines), statements.ToList(), fragments.ToList()));
                lines.Clear();
                statements.Clear();
                fragments.Clear();
            }
            foreach (var line in File.ReadAllLines(file))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    Flush();
                    id = line.Substring(4).Trim();
                }
                else if (line.StartsWith(">> ", StringComparison.Ordinal))
                {
                    var bar = line.LastIndexOf('|');
                    statements.Add((line.Substring(3, bar - 3).Trim(), line.Substring(bar + 1).Trim()));
                }
                else if (line.StartsWith("~~ ", StringComparison.Ordinal))
                {
                    fragments.Add(line.Substring(3).Trim());
                }
                else if (line.Trim().Length > 0 && id != null)
                {
                    lines.Add(line);
                }
            }
            Flush();
        }
        return passages;
    }
}
