using System.Security;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Several consumer projects built by one <c>dotnet build</c> of a .slnx: one restore and one MSBuild
/// start for all of them, which keeps the suite fast. Each project still compiles on its own, with its
/// own settings; its diagnostics are told apart by the path of the file they are located in.
/// </summary>
public static class ConsumerSolution
{
    public static Task<CommandResult> BuildAsync(PackageFeedFixture feed, string folder, IReadOnlyList<ConsumerProject> projects)
    {
        var solution = Path.Combine(folder, "All.slnx");
        var entries = string.Join("\n", projects.Select(p =>
            $"  <Project Path=\"{SecurityElement.Escape(Path.GetRelativePath(folder, p.WriteProjectFile().ProjectPath).Replace('\\', '/'))}\" />"));
        File.WriteAllText(solution, $"<Solution>\n{entries}\n</Solution>\n");
        return DotnetCli.RunAsync(folder, ["build", solution, .. DotnetCli.QuietBuildArguments], feed.ConsumerEnvironment);
    }
}
