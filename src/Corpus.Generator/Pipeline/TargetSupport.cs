using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Pipeline
{
    /// <summary>
    /// Whether the consuming project can compile the generated code: it uses UTF-8 string literals and
    /// file-scoped namespaces (C# 11) and <c>System.DateOnly</c> (.NET 6). Null when supported, otherwise
    /// what is missing, reported once as CORPUS014 instead of hundreds of compile errors.
    /// </summary>
    internal static class TargetSupport
    {
        public static bool HasDateOnly(Compilation compilation) => compilation.GetTypeByMetadataName("System.DateOnly") is not null;

        public static string? Problem(ParseOptions options, bool hasDateOnly)
        {
            var version = options is CSharpParseOptions csharp ? csharp.LanguageVersion.MapSpecifiedToEffectiveVersion() : LanguageVersion.Default;
            var oldLanguage = version < LanguageVersion.CSharp11;
            if (!oldLanguage && hasDateOnly) return null;
            var parts = new System.Collections.Generic.List<string>();
            if (oldLanguage) parts.Add("C# 11 or later (this project uses C# " + version.ToDisplayString() + "; set <LangVersion>11</LangVersion> or later)");
            if (!hasDateOnly) parts.Add("System.DateOnly, which .NET 6 or later provides (this target framework lacks it)");
            return string.Join(" and ", parts);
        }
    }
}
