namespace Corpus.Cli.Tests;

public sealed class CheckTests
{
    [Fact]
    public void Repeated_paragraph_is_a_warning_in_compiler_format_and_exit_code_0()
    {
        using var temp = new TempCorpus();
        temp.Write("harbour.txt", Articles.WithRepeat);
        temp.Write("schools.txt", Articles.Clean);
        var folder = temp.Root.Replace('\\', '/');

        var result = Cli.Run("check", folder);

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stderr.ShouldBeEmpty();
        Cli.Lines(result.Stdout).ShouldBe([
            folder + "/harbour.txt(5,1): warning CORPUS004: This paragraph repeats the paragraph at line 3",
            "2 file(s) checked: 0 error(s), 1 warning(s), 0 info",
        ]);
    }

    [Fact]
    public void Warnaserror_turns_the_warning_into_an_error_and_exit_code_1()
    {
        using var temp = new TempCorpus();
        var file = temp.Write("harbour.txt", Articles.WithRepeat).Replace('\\', '/');

        var result = Cli.Run("check", "--warnaserror", file);

        result.ExitCode.ShouldBe(1);
        Cli.Lines(result.Stdout).ShouldBe([
            file + "(5,1): error CORPUS004: This paragraph repeats the paragraph at line 3",
            "1 file(s) checked: 1 error(s), 0 warning(s), 0 info",
        ]);
    }

    [Theory]
    [InlineData("CORPUS004=error", 1, "error")]
    [InlineData("corpus004=Error", 1, "error")]
    [InlineData("CORPUS004=info", 0, "info")]
    [InlineData("CORPUS004=suggestion", 0, "info")]
    [InlineData("CORPUS004=default", 0, "warning")]
    public void Severity_option_changes_the_level(string value, int exitCode, string word)
    {
        using var temp = new TempCorpus();
        var file = temp.Write("harbour.txt", Articles.WithRepeat);

        var result = Cli.Run("check", "--severity", value, file);

        result.ExitCode.ShouldBe(exitCode, result.Stderr);
        Cli.Lines(result.Stdout)[0].ShouldContain($": {word} CORPUS004: ");
    }

    [Fact]
    public void Severity_none_suppresses_and_silent_is_not_printed()
    {
        using var temp = new TempCorpus();
        var file = temp.Write("harbour.txt", Articles.WithRepeat);

        Cli.Lines(Cli.Run("check", "--severity", "CORPUS004=none", "--warnaserror", file).Stdout)
            .ShouldBe(["1 file(s) checked: 0 error(s), 0 warning(s), 0 info"]);
        Cli.Lines(Cli.Run("check", "--severity", "CORPUS004=silent", file).Stdout)
            .ShouldBe(["1 file(s) checked: 0 error(s), 0 warning(s), 0 info"]);
        Cli.Run("inspect", "--json", "--severity", "CORPUS004=silent", file).Stdout.ShouldContain("\"severity\": \"hidden\"");
    }

    [Fact]
    public void Severity_option_is_repeatable()
    {
        using var temp = new TempCorpus();
        temp.Write("harbour.txt", Articles.WithRepeat);
        temp.Write("empty.txt", "  \n\n");

        var result = Cli.Run("check", "--severity", "CORPUS001=error", "--severity", "CORPUS004=none", temp.Root);

        result.ExitCode.ShouldBe(1, result.Stderr);
        result.Stdout.ShouldNotContain("CORPUS004");
        Cli.Lines(result.Stdout).ShouldContain(l => l.EndsWith("/empty.txt(1,1): error CORPUS001: Article 'empty.txt' has no text left after removing whitespace and boilerplate", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CORPUS004")]
    [InlineData("CORPUS004=loud")]
    [InlineData("NOPE001=error")]
    public void Bad_severity_values_are_input_errors(string value)
    {
        var result = Cli.Run("check", "--severity", value, SeedFiles.Directory);
        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldStartWith("corpus: error: ");
    }

    [Fact]
    public void Clean_file_has_only_the_summary()
    {
        using var temp = new TempCorpus();
        var file = temp.Write("schools.txt", Articles.Clean);
        var result = Cli.Run("check", file);
        result.ExitCode.ShouldBe(0);
        Cli.Lines(result.Stdout).ShouldBe(["1 file(s) checked: 0 error(s), 0 warning(s), 0 info"]);
    }

    [Fact]
    public void Seeds_check_lines_all_have_the_compiler_format()
    {
        var folder = SeedFiles.RelativeDirectory;
        var result = Cli.Run("check", folder);
        result.ExitCode.ShouldBe(0);
        var lines = Cli.Lines(result.Stdout);
        lines[^1].ShouldMatch(@"^5 file\(s\) checked: 0 error\(s\), \d+ warning\(s\), \d+ info$");
        foreach (var line in lines[..^1])
            line.ShouldMatch("^" + System.Text.RegularExpressions.Regex.Escape(folder) + @"/[0-9a-f_]+\.txt\(\d+,\d+\): (info|warning|error) CORPUS\d{3}: .+$");
    }
}
