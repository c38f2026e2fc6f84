using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Findings
{
    /// <summary>
    /// Finds damaged text (CORPUS002): replacement characters, control characters and the
    /// mojibake that UTF-8 read as Windows-1252 leaves (<c>â€™</c>, <c>Ã©</c>). One finding per line.
    /// </summary>
    public static class TextDamageScanner
    {
        public static void Scan(ArticleText text, List<Finding> findings)
        {
            var s = text.Value;
            var lastLine = -1;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                // Printable ASCII and the common letters above it are never damage: one test for nearly every character.
                if (c >= ' ' && c < '\u007F' || c > '\u00E2' && c != '\uFFFD') continue;
                string? what = null;
                var length = 1;
                if (c == '\uFFFD') what = "replacement character U+FFFD (the text was decoded with the wrong encoding or is binary)";
                else if (c < ' ' && c != '\n' && c != '\r' && c != '\t') what = "control character U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
                else if (c == '\u007F') what = "control character U+007F";
                else if ((c == '\u00E2' && i + 1 < s.Length && s[i + 1] == '\u20AC') || (c == '\u00C3' && i + 1 < s.Length && s[i + 1] >= '\u0080' && s[i + 1] <= '\u00BF'))
                {
                    length = c == '\u00E2' && i + 2 < s.Length ? 3 : 2;
                    what = "mojibake '" + s.Substring(i, length) + "' (UTF-8 text decoded as Windows-1252)";
                }
                if (what is null) continue;
                var span = text.Span(i, length);
                if (span.Line == lastLine) continue;
                lastLine = span.Line;
                findings.Add(Finding.Create(FindingCatalog.TextDamage, span, what));
            }
        }
    }
}
