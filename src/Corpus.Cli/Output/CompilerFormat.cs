using System.Globalization;
using Corpus.Cli.Analysis;

namespace Corpus.Cli.Output
{
    /// <summary>One diagnostic as the C# compiler prints it: <c>path(line,col): warning ID: message</c>.</summary>
    public static class CompilerFormat
    {
        public static string Line(Diagnostic d) => string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            d.Path,
            d.Span.Line,
            d.Span.Column,
            Names.Of(d.Severity),
            d.Id,
            d.Message);
    }
}
