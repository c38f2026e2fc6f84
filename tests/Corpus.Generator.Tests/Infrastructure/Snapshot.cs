namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// The one place snapshot testing is wired (Shouldly's approved files; Verify is not available here).
/// Moving to Verify later means changing this file only. Approved files live in Snapshots/; after an
/// intended change, review each *.received.cs.txt and rename it to *.approved.cs.txt.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name)
        => actual.ShouldMatchApproved(options => options
            .WithDiscriminator(name)
            .SubFolder("Snapshots")
            .NoDiff()
            .WithFileExtension(".cs.txt")
            .LocateTestMethodUsingAttribute<FactAttribute>());
}
