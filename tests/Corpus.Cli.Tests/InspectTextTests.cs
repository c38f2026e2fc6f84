namespace Corpus.Cli.Tests;

public sealed class InspectTextTests
{
    [Fact]
    public void Summary_shows_each_article_then_participants_then_diagnostics()
    {
        using var temp = new TempCorpus();
        var file = temp.Write("harbour.txt", Articles.WithRepeat).Replace('\\', '/');

        var result = Cli.Run("inspect", file);

        result.ExitCode.ShouldBe(0, result.Stderr);
        var text = result.Stdout;
        text.ShouldContain("Harbour  " + file);
        text.ShouldContain("Title:      " + Articles.Title);
        text.ShouldContain("Date:       (none)");
        text.ShouldContain("Paragraphs: 3");
        text.ShouldContain("Quotes:     0");
        text.ShouldContain(file + "(5,1): warning CORPUS004: This paragraph repeats the paragraph at line 3");
        var articles = text.IndexOf("== Articles (1) ==", StringComparison.Ordinal);
        var participants = text.IndexOf("== Participants (", StringComparison.Ordinal);
        var diagnostics = text.IndexOf("== Diagnostics (1) ==", StringComparison.Ordinal);
        articles.ShouldBeGreaterThanOrEqualTo(0);
        participants.ShouldBeGreaterThan(articles);
        diagnostics.ShouldBeGreaterThan(participants);
    }

    [Fact]
    public void Output_has_no_terminal_escape_codes()
    {
        var result = Cli.Run("inspect", SeedFiles.Directory);
        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldNotContain("\u001b");
    }
}
