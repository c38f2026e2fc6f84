using System.Text;
using System.Text.Json;

namespace Corpus.Cli.Tests;

public sealed class InputTests
{
    private static void ShouldBeInputError(CliResult result, string expectedInMessage)
    {
        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldContain(expectedInMessage);
        result.Stderr.ShouldNotContain("   at ");
        result.Stderr.ShouldNotContain("Exception");
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("check")]
    public void Nonexistent_path_is_exit_code_2_with_a_clear_message(string command)
    {
        var missing = Path.Combine(Path.GetTempPath(), "corpus-cli-tests", "no-such-" + Guid.NewGuid().ToString("N"));
        ShouldBeInputError(Cli.Run(command, missing), "Path not found: '" + missing + "'");
    }

    [Fact]
    public void One_missing_path_among_good_ones_fails_the_run()
    {
        ShouldBeInputError(Cli.Run("inspect", "--json", SeedFiles.Directory, "missing-folder"), "missing-folder");
    }

    [Fact]
    public void Empty_folder_is_exit_code_2()
    {
        using var temp = new TempCorpus();
        temp.Folder("sub");
        temp.Write("notes.md", "Not an article.");
        ShouldBeInputError(Cli.Run("check", temp.Root), "No .txt files found");
    }

    [Fact]
    public void No_arguments_is_a_usage_error()
    {
        var result = Cli.Run();
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("corpus --help");
        ShouldBeInputError(Cli.Run("inspect"), "corpus --help");
    }

    [Fact]
    public void Folders_are_searched_recursively_and_sorted()
    {
        using var temp = new TempCorpus();
        temp.Write("b.txt", Articles.Clean);
        temp.Write("a/z.txt", Articles.WithRepeat);
        temp.Write("a/deeper/y.TXT", Articles.Clean);
        temp.Write("a/ignored.md", Articles.Clean);
        var folder = temp.Root.Replace('\\', '/');

        var result = Cli.Run("inspect", "--json", folder + "/");

        result.ExitCode.ShouldBe(0, result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("path").GetString()).OrderBy(p => p, StringComparer.Ordinal)
            .ShouldBe([folder + "/a/deeper/y.TXT", folder + "/a/z.txt", folder + "/b.txt"]);
    }

    [Fact]
    public void A_file_given_directly_is_read_whatever_its_extension()
    {
        using var temp = new TempCorpus();
        var file = temp.Write("article.text", Articles.Clean);
        var result = Cli.Run("check", file);
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("1 file(s) checked");
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Byte_order_marks_are_honoured(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        using var temp = new TempCorpus();
        var plain = temp.Write("plain/harbour.txt", Articles.WithRepeat);
        var marked = temp.Write("marked/harbour.txt", Articles.WithRepeat, encoding);
        File.ReadAllBytes(marked).Length.ShouldBeGreaterThan(File.ReadAllBytes(plain).Length);

        using var expected = JsonDocument.Parse(Cli.Run("inspect", "--json", plain).Stdout);
        var result = Cli.Run("inspect", "--json", marked);
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var actual = JsonDocument.Parse(result.Stdout);

        Paragraphs(actual).ShouldBe(Paragraphs(expected));
        Diagnostics(actual).ShouldBe(Diagnostics(expected));
    }

    private static string Paragraphs(JsonDocument doc) => doc.RootElement.GetProperty("articles")[0].GetProperty("paragraphs").GetRawText();

    private static string[] Diagnostics(JsonDocument doc) => doc.RootElement.GetProperty("diagnostics").EnumerateArray()
        .Select(d => d.GetProperty("id").GetString() + " " + d.GetProperty("line").GetInt32() + "," + d.GetProperty("column").GetInt32() + " " + d.GetProperty("message").GetString())
        .ToArray();
}
