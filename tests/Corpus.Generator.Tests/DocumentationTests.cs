using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Corpus.Generator.Tests;

/// <summary>Every generated member carries an XML doc comment, and the docs are well-formed.</summary>
public class DocumentationTests
{
    [Fact]
    public void Every_generated_member_has_a_doc_comment()
    {
        var run = GeneratorHarness.Run(TestCorpora.Seeds.Append(TestCorpora.Small("council.txt", TestCorpora.CouncilArticle)));
        static bool HasDoc(SyntaxNode node) => node.GetLeadingTrivia().Any(t => t.GetStructure() is DocumentationCommentTriviaSyntax);
        var members = run.Result.GeneratedTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Select(m => (tree, m)))
            .Where(x => x.m is not BaseNamespaceDeclarationSyntax)
            .ToList();
        // A partial type is documented once, on its main part; the other parts may stay bare.
        var documentedTypes = members.Where(x => x.m is TypeDeclarationSyntax && HasDoc(x.m)).Select(x => ((TypeDeclarationSyntax)x.m).Identifier.Text).ToHashSet();
        var missing = members
            .Where(x => !HasDoc(x.m))
            .Where(x => !(x.m is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword) && documentedTypes.Contains(t.Identifier.Text)))
            .Select(x => Path.GetFileName(x.tree.FilePath) + ": " + x.m.ToString().Split('\n')[0].Trim())
            .ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Doc_comments_are_well_formed_xml()
    {
        var run = GeneratorHarness.Run(TestCorpora.Seeds.Append(TestCorpora.Small("amp.txt", "R&D <budget> \"rises\"\n\n\"We spend <more> & better,\" Jo Ng said.\n")));
        // CS1570: badly formed XML in a doc comment (reported with DocumentationMode.Diagnose).
        run.OutputCompilation.GetDiagnostics().Where(d => d.Id is "CS1570" or "CS1587" or "CS1591").ShouldBeEmpty();
    }
}
