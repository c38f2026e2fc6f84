namespace Corpus.Extraction.Quotes
{
    internal enum MarkFamily
    {
        None,
        Double,
        Single,
    }

    internal enum MarkShape
    {
        Neutral,
        Opening,
        Closing,
    }

    /// <summary>What a quotation-mark character is on its own, before context decides its role.</summary>
    internal static class QuoteMarks
    {
        /// <summary>Every character whose <see cref="Family"/> is not <see cref="MarkFamily.None"/>, for a vectorised search.</summary>
        public static readonly char[] All =
        {
            '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB',
            '\'', '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A',
        };

        public static MarkFamily Family(char c)
        {
            // Called for every character of every paragraph: letters and the other ASCII characters first.
            if (c < 128) return c == '"' ? MarkFamily.Double : c == '\'' ? MarkFamily.Single : MarkFamily.None;
            if (c < '\u00AB') return MarkFamily.None;
            switch (c)
            {
                case '"':
                case '\u201C':
                case '\u201D':
                case '\u201E':
                case '\u201F':
                case '\u00AB':
                case '\u00BB':
                    return MarkFamily.Double;
                case '\'':
                case '\u2018':
                case '\u2019':
                case '\u201A':
                case '\u201B':
                case '\u2039':
                case '\u203A':
                    return MarkFamily.Single;
                default:
                    return MarkFamily.None;
            }
        }

        public static MarkShape Shape(char c)
        {
            switch (c)
            {
                case '\u201C':
                case '\u201E':
                case '\u201F':
                case '\u00AB':
                case '\u2018':
                case '\u201A':
                case '\u201B':
                case '\u2039':
                    return MarkShape.Opening;
                case '\u201D':
                case '\u00BB':
                case '\u2019':
                case '\u203A':
                    return MarkShape.Closing;
                default:
                    return MarkShape.Neutral;
            }
        }

        /// <summary>Characters after which a mark stands in opening position.</summary>
        public static bool OpensAfter(char c)
            => char.IsWhiteSpace(c) || c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '-' || c == '/'
               || (Family(c) != MarkFamily.None && Shape(c) != MarkShape.Closing);

        /// <summary>Characters before which a mark stands in closing position.</summary>
        public static bool ClosesBefore(char c)
            => char.IsWhiteSpace(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
               || c == '}' || c == '\u2014' || c == '\u2013' || c == '-' || c == '\u2026' || Family(c) != MarkFamily.None;
    }
}
