using System.Text.RegularExpressions;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One canonical MSBuild diagnostic line, e.g.
/// <c>/tmp/x/corpus/a.txt(5,1): warning CORPUS004: This paragraph repeats … [/tmp/x/x.csproj]</c>.
/// </summary>
public sealed partial record BuildDiagnostic(string? File, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>The file with forward slashes, for platform-neutral suffix checks.</summary>
    public string? NormalizedFile => File?.Replace('\\', '/');

    public bool IsIn(string relativePath) => NormalizedFile is { } f && f.EndsWith("/" + relativePath.Replace('\\', '/'), StringComparison.Ordinal);

    public static IReadOnlyList<BuildDiagnostic> Parse(string output)
    {
        var found = new List<BuildDiagnostic>();
        foreach (var raw in output.Split('\n'))
        {
            var match = Located().Match(raw.TrimEnd('\r').Trim());
            if (match.Success)
            {
                found.Add(new BuildDiagnostic(
                    match.Groups["file"].Value,
                    int.Parse(match.Groups["line"].Value),
                    int.Parse(match.Groups["col"].Value),
                    match.Groups["sev"].Value,
                    match.Groups["id"].Value,
                    match.Groups["msg"].Value));
                continue;
            }
            match = Unlocated().Match(raw.TrimEnd('\r').Trim());
            if (match.Success)
            {
                found.Add(new BuildDiagnostic(null, 0, 0, match.Groups["sev"].Value, match.Groups["id"].Value, match.Groups["msg"].Value));
            }
        }
        return found.Distinct().ToList();
    }

    public override string ToString()
        => File is null ? $"{Severity} {Id}: {Message}" : $"{File}({Line},{Column}): {Severity} {Id}: {Message}";

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\): (?<sev>warning|error|info) (?<id>[A-Za-z]+\d+): (?<msg>.*?)(?: \[[^\[\]]+\])?$")]
    private static partial Regex Located();

    [GeneratedRegex(@"^(?:.*?: )?(?<sev>warning|error) (?<id>[A-Za-z]+\d+): (?<msg>.*?)(?: \[[^\[\]]+\])?$")]
    private static partial Regex Unlocated();
}
