using System.Reflection;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>The repository this test assembly was built from (embedded at build time as AssemblyMetadata).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string GeneratorProject => Path.Combine(Root, "src", "Corpus.Generator", "Corpus.Generator.csproj");

    private static string FindRoot()
    {
        var root = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (string.IsNullOrEmpty(root) || !Directory.Exists(root))
        {
            throw new InvalidOperationException($"The RepositoryRoot assembly metadata is missing or points nowhere: '{root}'");
        }
        return Path.GetFullPath(root);
    }
}
