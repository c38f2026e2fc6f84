using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emit
{
    /// <summary>Escaping of arbitrary text into C# literals and XML doc comments.</summary>
    internal static class Literals
    {
        /// <summary>A regular C# string literal, or <c>null</c>.</summary>
        public static string String(string? value) => value is null ? "null" : "\"" + Escape(value) + "\"";

        /// <summary>A UTF-8 string literal (<c>"…"u8</c>); the text must hold no lone surrogate.</summary>
        public static string Utf8(string value) => "\"" + Escape(value) + "\"u8";

        /// <summary>
        /// Escapes for the inside of a regular literal: quotes, backslashes, every control and format
        /// character (BIDI controls included) and the characters C# treats as line breaks.
        /// </summary>
        public static string Escape(string value)
        {
            var sb = new StringBuilder(value.Length + 16);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\\': sb.Append("\\\\"); break;
                    case '"': sb.Append("\\\""); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    default:
                        if (NeedsUnicodeEscape(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            return sb.ToString();
        }

        /// <summary>Text for an XML doc comment: one line, XML-escaped, control and format characters dropped.</summary>
        public static string XmlDoc(string value, int max = 300)
        {
            var sb = new StringBuilder(value.Length);
            var space = false;
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c) || NeedsUnicodeEscape(c))
                {
                    space = sb.Length > 0;
                    continue;
                }
                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }
                if (sb.Length >= max && !char.IsLowSurrogate(c))
                {
                    sb.Append("...");
                    break;
                }
                switch (c)
                {
                    case '&': sb.Append("&amp;"); break;
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    default: sb.Append(c); break;
                }
            }
            return sb.ToString();
        }

        private static bool NeedsUnicodeEscape(char c)
        {
            if (c < ' ' || (c >= '\u007F' && c <= '\u009F')) return true;
            if (c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF') return true;
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                    return true;
                default:
                    return false;
            }
        }
    }
}
