using Corpus.Extraction.Findings;
using Corpus.Extraction.Model;

namespace Corpus.Cli.Output
{
    /// <summary>The lowercase words reports use for enum values (same words as the compiler for severities).</summary>
    public static class Names
    {
        public static string Of(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Hidden => "hidden",
            FindingSeverity.Info => "info",
            FindingSeverity.Warning => "warning",
            _ => "error",
        };

        public static string Of(EntityKind kind) => kind switch
        {
            EntityKind.Person => "person",
            EntityKind.Organization => "organization",
            EntityKind.Country => "country",
            _ => "place",
        };
    }
}
