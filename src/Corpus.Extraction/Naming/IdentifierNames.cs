using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Extraction.Naming
{
    /// <summary>
    /// Turns file names and participant names into valid C# identifiers. Pure and culture-invariant:
    /// the same input gives the same identifier on every machine.
    /// </summary>
    public static class IdentifierNames
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>
        /// An identifier for an article from its file name without extension: runs of characters that
        /// cannot appear in an identifier become <c>_</c>, the first letter is upper-cased, a leading
        /// digit gets a <c>_</c> prefix (<c>000_a1</c> becomes <c>_000_a1</c>).
        /// </summary>
        public static string FromFileName(string fileNameWithoutExtension)
        {
            var sb = new StringBuilder(fileNameWithoutExtension.Length + 1);
            var pendingUnderscore = false;
            foreach (var c in fileNameWithoutExtension.Normalize(NormalizationForm.FormC))
            {
                if (IsIdentifierPart(c) && c != '_')
                {
                    if (pendingUnderscore && sb.Length > 0) sb.Append('_');
                    pendingUnderscore = false;
                    sb.Append(c);
                }
                else
                {
                    pendingUnderscore = true;
                }
            }
            return Finish(sb, "Article");
        }

        /// <summary>
        /// An identifier for a participant from its canonical name: words in PascalCase, an upper-case
        /// acronym becomes a capitalised word (<c>NATO</c> becomes <c>Nato</c>), a leading article dropped
        /// (<c>the Republic of Korea</c> becomes <c>RepublicOfKorea</c>).
        /// </summary>
        public static string FromName(string name)
        {
            var sb = new StringBuilder(name.Length);
            var words = SplitWords(name.Normalize(NormalizationForm.FormC));
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w];
                if (w == 0 && words.Count > 1 && string.Equals(word, "the", System.StringComparison.OrdinalIgnoreCase)) continue;
                var allUpper = true;
                foreach (var c in word)
                {
                    if (char.IsLetter(c) && !char.IsUpper(c)) allUpper = false;
                }
                for (var i = 0; i < word.Length; i++)
                {
                    var c = word[i];
                    if (i == 0) sb.Append(char.ToUpperInvariant(c));
                    else sb.Append(allUpper && word.Length > 1 ? char.ToLowerInvariant(c) : c);
                }
            }
            return Finish(sb, "Participant");
        }

        /// <summary>True when <paramref name="value"/> can be used as a C# identifier as it is.</summary>
        public static bool IsValidIdentifier(string value)
        {
            if (string.IsNullOrEmpty(value) || Keywords.Contains(value)) return false;
            if (!IsIdentifierStart(value[0])) return false;
            for (var i = 1; i < value.Length; i++)
            {
                if (!IsIdentifierPart(value[i])) return false;
            }
            return true;
        }

        public static bool IsKeyword(string value) => Keywords.Contains(value);

        private static List<string> SplitWords(string text)
        {
            var words = new List<string>();
            var sb = new StringBuilder();
            foreach (var c in text)
            {
                if (IsIdentifierPart(c) && c != '_')
                {
                    sb.Append(c);
                }
                else if (c == '\'' || c == '\u2019')
                {
                    // O'Brien -> OBrien: apostrophes join.
                }
                else if (sb.Length > 0)
                {
                    words.Add(sb.ToString());
                    sb.Clear();
                }
            }
            if (sb.Length > 0) words.Add(sb.ToString());
            return words;
        }

        private static string Finish(StringBuilder sb, string fallback)
        {
            if (sb.Length == 0) return fallback;
            if (char.IsLetter(sb[0])) sb[0] = char.ToUpperInvariant(sb[0]);
            if (!IsIdentifierStart(sb[0])) sb.Insert(0, '_');
            var result = sb.ToString();
            return Keywords.Contains(result) ? "@" + result : result;
        }

        private static bool IsIdentifierStart(char c)
            => c == '_' || char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

        private static bool IsIdentifierPart(char c)
        {
            if (c == '_' || char.IsLetterOrDigit(c)) return true;
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.ConnectorPunctuation:
                    return true;
                default:
                    return false;
            }
        }
    }
}
