namespace Corpus.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public void Help_lists_the_commands()
    {
        var result = Cli.Run("--help");
        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldContain("inspect");
        result.Stdout.ShouldContain("check");
    }

    [Theory]
    [InlineData("inspect", "--json")]
    [InlineData("check", "--warnaserror")]
    public void Command_help_lists_its_options(string command, string option)
    {
        var result = Cli.Run(command, "--help");
        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldContain(option);
        result.Stdout.ShouldContain("--severity");
    }

    [Fact]
    public void Version_is_the_tool_version()
    {
        var result = Cli.Run("--version");
        result.ExitCode.ShouldBe(0);
        result.Stdout.Trim().ShouldMatch(@"^\d+\.\d+\.\d+([-.][0-9A-Za-z.-]+)?$");
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var result = Cli.Run("frobnicate");
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("frobnicate");
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var result = Cli.Run("check", "--bogus", SeedFiles.Directory);
        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldContain("Unknown option '--bogus'");
    }
}
