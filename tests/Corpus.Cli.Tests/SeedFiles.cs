namespace Corpus.Cli.Tests;

/// <summary>The five seed articles, copied to Seeds/ next to the test assembly.</summary>
public static class SeedFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static IReadOnlyList<string> Paths => System.IO.Directory.GetFiles(Directory, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToList();

    /// <summary>The seed folder as a relative path from the current directory, '/' separated, as a user would type it.</summary>
    public static string RelativeDirectory => Path.GetRelativePath(Environment.CurrentDirectory, Directory).Replace('\\', '/');
}
