namespace Corpus.Cli.Input
{
    /// <summary>
    /// One input file: where it is on disk, and the path shown in reports
    /// (the argument as given, joined with the path inside a given folder, '/' separated).
    /// </summary>
    public sealed record ArticleFile(string FullPath, string DisplayPath);
}
