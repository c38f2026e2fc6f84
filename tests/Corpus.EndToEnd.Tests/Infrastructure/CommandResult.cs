namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>What one run of <c>dotnet</c> did: exit code and the interleaved stdout/stderr.</summary>
public sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, string Output, TimeSpan Duration)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>The compiler and MSBuild diagnostics in the output, each once (the summary repeats them).</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics => BuildDiagnostic.Parse(Output);

    public IReadOnlyList<BuildDiagnostic> DiagnosticsWithId(string id)
        => Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>A description for assertion messages: the command, where it ran, how it ended, and its whole log.</summary>
    public override string ToString()
        => $"""
           > {CommandLine}
             in {WorkingDirectory}
             {(TimedOut ? "TIMED OUT (killed)" : $"exit code {ExitCode}")} after {Duration.TotalSeconds:F1} s
           ----- output -----
           {Output}
           ------------------
           """;
}
