using System.Runtime.CompilerServices;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// The one place snapshot testing is wired (Shouldly's approved files; Verify is not available here).
/// Moving to Verify later means changing this file only. Approved files live in Snapshots/.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        actual.ShouldMatchApproved(options => options
            .WithDiscriminator(name)
            .SubFolder("Snapshots")
            .NoDiff()
            .WithFileExtension(".cs.txt")
            .UseCallerLocation());
        _ = folder;
    }
}
