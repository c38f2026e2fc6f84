namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A class fixture for a consumer that several tests inspect: it is written, built and (if the build
/// succeeded) run once, and the tests assert on the two logs.
/// </summary>
public abstract class BuiltConsumer : IAsyncLifetime
{
    protected BuiltConsumer(PackageFeedFixture feed) => Feed = feed;

    public PackageFeedFixture Feed { get; }

    public ConsumerProject Project { get; private set; } = null!;

    public CommandResult Build { get; private set; } = null!;

    public CommandResult? Run { get; private set; }

    /// <summary>The program's output lines, after asserting that the build and the run both succeeded.</summary>
    public IReadOnlyList<string> OutputLines()
    {
        Build.Succeeded.ShouldBeTrue($"The consumer did not build.\n{Build}");
        Run.ShouldNotBeNull();
        Run.Succeeded.ShouldBeTrue($"The consumer did not run.\n{Run}\n\nBuild log:\n{Build}");
        return Run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
    }

    /// <summary>The value printed as <c>key=value</c> by the program.</summary>
    public string Value(string key)
    {
        var lines = OutputLines();
        var line = lines.SingleOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal));
        line.ShouldNotBeNull($"The program printed no '{key}=' line.\n{Run}");
        return line[(key.Length + 1)..];
    }

    /// <summary>The lines printed as <c>prefix|…</c>, without the prefix.</summary>
    public IReadOnlyList<string> Rows(string prefix)
        => OutputLines().Where(l => l.StartsWith(prefix + "|", StringComparison.Ordinal)).Select(l => l[(prefix.Length + 1)..]).ToList();

    protected abstract ConsumerProject CreateProject();

    public async ValueTask InitializeAsync()
    {
        Project = CreateProject();
        Build = await Project.BuildAsync();
        if (Build.Succeeded) Run = await Project.RunAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
