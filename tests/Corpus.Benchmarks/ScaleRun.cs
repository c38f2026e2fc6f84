using System.Diagnostics;

namespace Corpus.Benchmarks;

/// <summary>
/// `--scale N`: writes N synthetic articles into a fresh console project that uses the generator from
/// source, then times `dotnet build` and the first `dotnet run` (which touches one article and counts all).
/// Prints the figures; nothing is asserted.
/// </summary>
public static class ScaleRun
{
    public static int Run(int count)
    {
        var repo = FindRepositoryRoot();
        var dir = Path.Combine(Path.GetTempPath(), "corpus-scale-" + count);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(Path.Combine(dir, "corpus"));
        long bytes = 0;
        foreach (var (name, text) in SyntheticCorpus.NewsSized(count))
        {
            File.WriteAllText(Path.Combine(dir, "corpus", name), text);
            bytes += System.Text.Encoding.UTF8.GetByteCount(text);
        }
        var generator = Path.Combine(repo, "src", "Corpus.Generator");
        File.WriteAllText(Path.Combine(dir, "Scale.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{generator}/build/Corpus.Generator.props" />
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><CorpusMaxFileBytes>100000000</CorpusMaxFileBytes><NoWarn>CORPUS004;CORPUS005</NoWarn></PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{generator}/Corpus.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{repo}/src/Corpus.Extraction/Corpus.Extraction.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var first = Scale.Corpus.Articles[0];
            System.Console.WriteLine($"first article: {first.Paragraphs.Count} paragraphs in {watch.Elapsed.TotalMilliseconds:F1} ms");
            watch.Restart();
            var quotes = 0;
            foreach (var article in Scale.Corpus.Articles) quotes += article.Quotes.Count;
            System.Console.WriteLine($"all {Scale.Corpus.Articles.Count} articles, {quotes} quotes, {Scale.Corpus.Participants.Count} participants in {watch.Elapsed.TotalMilliseconds:F0} ms");
            """);
        Console.WriteLine($"{count} articles, {bytes / 1e6:F1} MB in {dir}");
        var build = Time("dotnet", "build -c Release -nologo -v:q", dir);
        Console.WriteLine($"dotnet build: {build.Elapsed.TotalSeconds:F1} s (exit {build.ExitCode})");
        if (build.ExitCode != 0)
        {
            Console.WriteLine(build.Output);
            return 1;
        }
        var run = Time("dotnet", "run -c Release --no-build", dir);
        Console.WriteLine($"first run: {run.Elapsed.TotalSeconds:F2} s (exit {run.ExitCode})");
        Console.WriteLine(run.Output.Trim());
        return run.ExitCode;
    }

    private static (TimeSpan Elapsed, int ExitCode, string Output) Time(string file, string args, string dir)
    {
        var info = new ProcessStartInfo(file, args) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        return (watch.Elapsed, process.ExitCode, output.Result + error.Result);
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Corpus.sln not found above " + AppContext.BaseDirectory);
    }
}
