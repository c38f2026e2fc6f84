using System.IO.Compression;

[assembly: AssemblyFixture(typeof(Corpus.EndToEnd.Tests.Infrastructure.PackageFeedFixture))]

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs Corpus.Generator once per test run, with a version no NuGet cache has seen, into a local feed
/// in a fresh folder outside the repository. Every consumer project of the run lives in that folder,
/// restores only from that feed, and extracts packages into a private packages folder.
/// </summary>
public sealed class PackageFeedFixture : IAsyncLifetime
{
    public const string PackageId = "Corpus.Generator";

    /// <summary>The run's folder under the system temp path; holds the feed, the package cache and all consumers.</summary>
    public string Root { get; }

    public string FeedDirectory => Path.Combine(Root, "feed");

    public string PackagesDirectory => Path.Combine(Root, "nuget-packages");

    public string Version { get; }

    public string PackagePath => Path.Combine(FeedDirectory, $"{PackageId}.{Version}.nupkg");

    public CommandResult? PackResult { get; private set; }

    /// <summary>The environment for consumer builds: a private global packages folder.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesDirectory,
    };

    private int _consumerCount;

    public PackageFeedFixture()
    {
        var ticks = DateTime.UtcNow.Ticks;
        Version = $"0.1.0-e2e.{ticks}";
        Root = Path.Combine(Path.GetTempPath(), $"corpus-e2e-{ticks}-{Environment.ProcessId}");
    }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);
        WriteIsolationFiles();

        PackResult = await PackAsync();
        if (!PackResult.Succeeded || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing {PackageId} {Version} failed; expected {PackagePath}.\n{PackResult}");
        }
    }

    /// <summary>
    /// Packs with PackageVersion (not Version): the package is new to every NuGet cache while the assemblies,
    /// and so the build, stay the same between runs. The build goes to an artifacts folder outside the
    /// repository (kept between runs, one per repository, so it is incremental), which leaves the
    /// repository's own bin/ and obj/ (and its restore state) untouched; a lock file serialises concurrent runs.
    /// </summary>
    private async Task<CommandResult> PackAsync()
    {
        var artifacts = Path.Combine(Path.GetTempPath(), "corpus-e2e-artifacts", RepositoryKey());
        Directory.CreateDirectory(artifacts);
        await using var gate = await LockAsync(Path.Combine(artifacts, ".lock"));
        return await DotnetCli.RunAsync(Repository.Root,
        [
            "pack", Repository.GeneratorProject,
            "-c", "Release",
            "-o", FeedDirectory,
            $"-p:PackageVersion={Version}",
            "-p:UseArtifactsOutput=true",
            $"-p:ArtifactsPath={artifacts}",
            .. DotnetCli.QuietBuildArguments,
        ]);
    }

    private static string RepositoryKey()
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Repository.Root));
        return Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        var deadline = DateTime.UtcNow + DotnetCli.DefaultTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("CORPUS_E2E_KEEP") != "1")
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>A new, empty folder for one consumer (or a group of them) inside the run's folder.</summary>
    public string NewConsumerDirectory(string name)
    {
        var dir = Path.Combine(Root, $"{Interlocked.Increment(ref _consumerCount):00}-{name}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>The names of the entries of the packed .nupkg.</summary>
    public IReadOnlyList<string> PackageEntries()
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>The text of one entry of the packed .nupkg.</summary>
    public string ReadPackageEntry(string entryName)
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        var entry = zip.GetEntry(entryName) ?? throw new FileNotFoundException($"No entry '{entryName}' in {PackagePath}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A nuget.config that restores from the local feed only (no nuget.org, no fallback folders), and empty
    /// Directory.* files so nothing above the temp folder can leak into the consumers.
    /// </summary>
    private void WriteIsolationFiles()
    {
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="corpus-e2e" value="{FeedDirectory}" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
            </configuration>
            """);
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Root, name), "<Project />\n");
        }
    }
}
