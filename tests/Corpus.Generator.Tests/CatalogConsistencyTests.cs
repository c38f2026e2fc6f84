using System.Runtime.CompilerServices;
using Corpus.Extraction.Findings;
using Corpus.Generator.Diagnostics;

namespace Corpus.Generator.Tests;

/// <summary>Every diagnostic ID has a descriptor, a release entry, a docs page and a row in the README and package README.</summary>
public class CatalogConsistencyTests
{
    private static string Root([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    public static TheoryData<string> Ids => new(FindingCatalog.All.Select(f => f.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_is_described_everywhere(string id)
    {
        var info = FindingCatalog.Get(id);
        var descriptor = Descriptors.ForId(id);
        descriptor.Title.ToString().ShouldBe(info.Title);
        descriptor.MessageFormat.ToString().ShouldBe(info.MessageFormat);
        ((int)descriptor.DefaultSeverity).ShouldBe((int)info.DefaultSeverity);

        var root = Root();
        File.ReadAllText(Path.Combine(root, "src/Corpus.Generator/AnalyzerReleases.Unshipped.md")).ShouldContain(id + " | Corpus | " + info.DefaultSeverity);
        var page = File.ReadAllText(Path.Combine(root, "docs/diagnostics", id + ".md"));
        page.ShouldStartWith("# " + id + ": " + info.Title);
        File.ReadAllText(Path.Combine(root, "README.md")).ShouldContain("| " + id + " |");
        File.ReadAllText(Path.Combine(root, "src/Corpus.Generator/PACKAGE.md")).ShouldContain("| " + id + " |");
        File.ReadAllText(Path.Combine(root, "docs/diagnostics/README.md")).ShouldContain("[" + id + "](" + id + ".md)");
    }

    [Fact]
    public void Descriptors_and_catalogue_list_the_same_ids()
        => Descriptors.All.Select(d => d.Id).ShouldBe(FindingCatalog.All.Select(f => f.Id));
}
