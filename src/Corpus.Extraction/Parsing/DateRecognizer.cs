using System;
using System.Globalization;

namespace Corpus.Extraction.Parsing
{
    /// <summary>
    /// Recognises the date forms news pages print in a header: ISO (<c>2022-04-05</c>),
    /// <c>April 5, 2022</c>, <c>5 April 2022</c>, <c>Tuesday, April 5, 2022</c>, <c>05/04/2022</c> is
    /// ambiguous and is not accepted. Returns ISO text or null.
    /// </summary>
    public static class DateRecognizer
    {
        private static readonly string[] Months =
        {
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        };

        /// <summary>Finds a full date inside <paramref name="text"/>; returns ISO and the match bounds.</summary>
        public static string? Find(string text, out int start, out int length)
        {
            start = 0;
            length = 0;
            var tokens = Tokenize(text);
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                // ISO
                if (t.Text.Length == 10 && t.Text[4] == '-' && t.Text[7] == '-'
                    && TryInt(t.Text.Substring(0, 4), out var y) && TryInt(t.Text.Substring(5, 2), out var m) && TryInt(t.Text.Substring(8, 2), out var d)
                    && TryMake(y, m, d, out var iso))
                {
                    start = t.Start;
                    length = t.Text.Length;
                    return iso;
                }
                var month = MonthOf(t.Text);
                // Month D, YYYY
                if (month > 0 && i + 2 < tokens.Length && TryInt(tokens[i + 1].Text, out d) && TryInt(tokens[i + 2].Text, out y)
                    && tokens[i + 2].Text.Length == 4 && TryMake(y, month, d, out iso))
                {
                    start = t.Start;
                    length = tokens[i + 2].Start + tokens[i + 2].Text.Length - t.Start;
                    return iso;
                }
                // D Month YYYY
                if (month == 0 && i + 2 < tokens.Length && TryInt(t.Text, out d) && t.Text.Length <= 2)
                {
                    var m2 = MonthOf(tokens[i + 1].Text);
                    if (m2 > 0 && TryInt(tokens[i + 2].Text, out y) && tokens[i + 2].Text.Length == 4 && TryMake(y, m2, d, out iso))
                    {
                        start = t.Start;
                        length = tokens[i + 2].Start + tokens[i + 2].Text.Length - t.Start;
                        return iso;
                    }
                }
            }
            return null;
        }

        /// <summary>Parses a whole value (an override or a <c>date:</c> header) as a date; null if it is not one.</summary>
        public static string? Parse(string value)
        {
            var trimmed = value.Trim();
            var iso = Find(trimmed, out var start, out var length);
            if (iso is null) return null;
            // The date must be essentially the whole value (weekday names and punctuation aside).
            var rest = (trimmed.Substring(0, start) + trimmed.Substring(start + length)).Trim(' ', ',', '.');
            if (rest.Length == 0 || IsWeekday(rest)) return iso;
            return null;
        }

        private static bool IsWeekday(string s)
        {
            switch (s.ToLowerInvariant())
            {
                case "monday": case "tuesday": case "wednesday": case "thursday":
                case "friday": case "saturday": case "sunday":
                    return true;
                default:
                    return false;
            }
        }

        private static int MonthOf(string token)
        {
            var lower = token.TrimEnd('.').ToLowerInvariant();
            if (lower.Length < 3) return 0;
            for (var i = 0; i < Months.Length; i++)
            {
                if (Months[i] == lower || (lower.Length == 3 && Months[i].StartsWith(lower, StringComparison.Ordinal)) || (lower == "sept" && i == 8))
                    return i + 1;
            }
            return 0;
        }

        private static bool TryInt(string s, out int value)
        {
            value = 0;
            if (s.Length == 0 || s.Length > 4) return false;
            foreach (var c in s)
            {
                if (c < '0' || c > '9') return false;
            }
            return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        private static bool TryMake(int y, int m, int d, out string iso)
        {
            iso = string.Empty;
            if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
            iso = new DateTime(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }

        private readonly struct Token
        {
            public Token(int start, string text)
            {
                Start = start;
                Text = text;
            }

            public int Start { get; }

            public string Text { get; }
        }

        private static Token[] Tokenize(string text)
        {
            var list = new System.Collections.Generic.List<Token>();
            var i = 0;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    var s = i;
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && IsIsoDash(text, s, i)))) i++;
                    list.Add(new Token(s, text.Substring(s, i - s)));
                }
                else
                {
                    i++;
                }
            }
            return list.ToArray();
        }

        // A dash continues a token only inside an ISO date (digits-dash-digits).
        private static bool IsIsoDash(string text, int start, int i)
            => i > start && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]);
    }
}
