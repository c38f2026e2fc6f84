namespace Corpus.Cli.Tests;

public sealed class DeterminismTests
{
    [Theory]
    [InlineData("inspect", "--json")]
    [InlineData("inspect")]
    [InlineData("check")]
    public void Two_runs_print_the_same(params string[] command)
    {
        var args = command.Append(SeedFiles.Directory).ToArray();
        var first = Cli.Run(args);
        var second = Cli.Run(args);
        first.ExitCode.ShouldBe(0, first.Stderr);
        second.ShouldBe(first);
    }

    [Theory]
    [InlineData("inspect", "--json")]
    [InlineData("inspect")]
    [InlineData("check")]
    public void Order_of_paths_does_not_change_the_output(params string[] command)
    {
        var files = SeedFiles.Paths;
        var forward = Cli.Run(command.Concat(files).ToArray());
        var backward = Cli.Run(command.Concat(files.Reverse()).ToArray());
        var shuffled = Cli.Run(command.Concat(files.Skip(2)).Concat(files.Take(2)).ToArray());
        forward.ExitCode.ShouldBe(0, forward.Stderr);
        backward.ShouldBe(forward);
        shuffled.ShouldBe(forward);
    }

    [Fact]
    public void A_file_given_twice_or_also_through_its_folder_counts_once()
    {
        var folder = SeedFiles.Directory;
        var alone = Cli.Run("inspect", "--json", folder);
        var overlapping = Cli.Run("inspect", "--json", SeedFiles.Paths[0], folder, SeedFiles.Paths[0]);
        overlapping.ShouldBe(alone);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Current_culture_does_not_change_the_output(string culture)
    {
        var invariant = RunIn(System.Globalization.CultureInfo.InvariantCulture);
        RunIn(System.Globalization.CultureInfo.GetCultureInfo(culture)).ShouldBe(invariant);
    }

    private static CliResult RunIn(System.Globalization.CultureInfo culture)
    {
        var saved = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            return Cli.Run("inspect", "--json", SeedFiles.Directory);
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = saved;
        }
    }
}
