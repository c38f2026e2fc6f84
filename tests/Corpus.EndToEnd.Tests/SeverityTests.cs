using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The corpus findings are ordinary compiler diagnostics: the usual severity configuration applies to them.
/// Each case is a project of its own (a changed property alone would not rerun the compiler); all are built
/// together once, and each test looks at its own project's diagnostics and output assembly.
/// </summary>
public sealed class SeverityTests(SeverityTests.SeverityMatrix matrix) : IClassFixture<SeverityTests.SeverityMatrix>
{
    public sealed class SeverityMatrix(PackageFeedFixture feed) : IAsyncLifetime
    {
        public string Folder { get; private set; } = null!;

        public CommandResult Build { get; private set; } = null!;

        public Dictionary<string, ConsumerProject> Projects { get; } = [];

        public async ValueTask InitializeAsync()
        {
            Folder = feed.NewConsumerDirectory("severity");
            Add(Consumer("DefaultSeverity"));
            Add(Consumer("GlobalError").File(".globalconfig", "is_global = true\ndotnet_diagnostic.CORPUS004.severity = error\n"));
            Add(Consumer("GlobalNone").File(".globalconfig", "is_global = true\ndotnet_diagnostic.CORPUS004.severity = none\n"));
            Add(Consumer("NoWarnCorpus").Property("NoWarn", "$(NoWarn);CORPUS004"));
            Add(Consumer("WarnAsError").Property("WarningsAsErrors", "$(WarningsAsErrors);CORPUS004"));
            // An info-level ID (CORPUS012, heading line) is not in the log by default; WarningsAsErrors makes it an error.
            Add(Consumer("InfoAsError", heading: true).Property("WarningsAsErrors", "$(WarningsAsErrors);CORPUS012"));
            Add(Consumer("InfoDefault", heading: true));
            Build = await ConsumerSolution.BuildAsync(feed, Folder, Projects.Values.ToList());
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private void Add(ConsumerProject project) => Projects.Add(project.Name, project);

        /// <summary>
        /// A consumer whose only finding is CORPUS004 at corpus/report.txt(5,1), or with
        /// <paramref name="heading"/> only CORPUS012 (info) at corpus/report.txt(3,1).
        /// </summary>
        private ConsumerProject Consumer(string name, bool heading = false)
            => new ConsumerProject(feed, Path.Combine(Folder, name), name)
                .Article("corpus/report.txt",
                    "Title: Council approves new bridge",
                    "The city council approved the construction of a new bridge on Monday evening.",
                    heading ? "Background" : "Work is expected to start in the spring and to last two years.",
                    "The mayor said the bridge would cut travel times across the river by half.",
                    heading ? "Work is expected to start in the spring and to last two years." : "The city council approved the construction of a new bridge on Monday evening.")
                .File("Program.cs", $"Console.WriteLine({name}.Corpus.Articles.Count);\n");

        /// <summary>The findings located in one project's corpus.</summary>
        public IReadOnlyList<BuildDiagnostic> FindingsOf(string project, string id = "CORPUS004")
            => Build.DiagnosticsWithId(id).Where(d => d.IsIn(project + "/corpus/report.txt")).ToList();

        /// <summary>Whether one project's compilation produced its assembly.</summary>
        public bool Compiled(string project) => File.Exists(Projects[project].OutputAssembly);
    }

    [Fact]
    public void Without_configuration_the_repeat_is_a_located_warning()
    {
        matrix.Compiled("DefaultSeverity").ShouldBeTrue(matrix.Build.ToString());
        ShouldReportAt("DefaultSeverity", "warning");
    }

    [Fact]
    public void Globalconfig_severity_error_fails_the_build_with_a_located_error()
    {
        matrix.Build.Succeeded.ShouldBeFalse(matrix.Build.ToString());
        matrix.Compiled("GlobalError").ShouldBeFalse(matrix.Build.ToString());
        ShouldReportAt("GlobalError", "error");
    }

    [Fact]
    public void Globalconfig_severity_none_hides_the_warning()
    {
        matrix.Compiled("GlobalNone").ShouldBeTrue(matrix.Build.ToString());
        matrix.FindingsOf("GlobalNone").ShouldBeEmpty(matrix.Build.ToString());
    }

    [Fact]
    public void NoWarn_hides_the_warning()
    {
        matrix.Compiled("NoWarnCorpus").ShouldBeTrue(matrix.Build.ToString());
        matrix.FindingsOf("NoWarnCorpus").ShouldBeEmpty(matrix.Build.ToString());
    }

    [Fact]
    public void WarningsAsErrors_turns_the_warning_into_a_located_error()
    {
        matrix.Build.Succeeded.ShouldBeFalse(matrix.Build.ToString());
        matrix.Compiled("WarnAsError").ShouldBeFalse(matrix.Build.ToString());
        ShouldReportAt("WarnAsError", "error");
    }

    [Fact]
    public void WarningsAsErrors_also_turns_an_info_finding_into_a_located_error()
    {
        matrix.Compiled("InfoDefault").ShouldBeTrue(matrix.Build.ToString());
        matrix.FindingsOf("InfoDefault", "CORPUS012").ShouldBeEmpty(matrix.Build.ToString());

        matrix.Compiled("InfoAsError").ShouldBeFalse(matrix.Build.ToString());
        var finding = matrix.FindingsOf("InfoAsError", "CORPUS012").ShouldHaveSingleItem(matrix.Build.ToString());
        finding.Severity.ShouldBe("error", matrix.Build.ToString());
        (finding.Line, finding.Column).ShouldBe((3, 1), finding.ToString());
    }

    [Fact]
    public void Only_the_configured_findings_and_no_other_diagnostics_appear()
    {
        var others = matrix.Build.Diagnostics.Where(d => d.Id is not ("CORPUS004" or "CORPUS012")).ToList();
        others.ShouldBeEmpty(matrix.Build.ToString());
        matrix.Build.DiagnosticsWithId("CORPUS004").Count.ShouldBe(3, matrix.Build.ToString());
        matrix.Build.DiagnosticsWithId("CORPUS012").Count.ShouldBe(1, matrix.Build.ToString());
    }

    private void ShouldReportAt(string project, string severity)
    {
        var finding = matrix.FindingsOf(project).ShouldHaveSingleItem(matrix.Build.ToString());
        finding.Severity.ShouldBe(severity, matrix.Build.ToString());
        (finding.Line, finding.Column).ShouldBe((5, 1), finding.ToString());
        finding.Message.ShouldContain("line 2");
    }
}
