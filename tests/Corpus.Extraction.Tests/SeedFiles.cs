namespace Corpus.Extraction.Tests;

/// <summary>The five seed articles, copied next to the test assembly.</summary>
public static class SeedFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static IReadOnlyList<string> Paths => System.IO.Directory.GetFiles(Directory, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToList();

    public static string Read(string prefix) => File.ReadAllText(Paths.Single(p => Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal)));
}
