using System;

namespace Corpus.Extraction.Parsing
{
    /// <summary>
    /// Recognises web-page furniture that scrapers leave in article text. Only short lines, or
    /// lines built around a fixed web phrase, qualify: a rule here must never eat a sentence of news.
    /// </summary>
    public static class BoilerplateRules
    {
        // Whole-line matches (after trimming and lower-casing, trailing punctuation removed).
        private static readonly string[] SocialButtons =
        {
            "facebook", "twitter", "linkedin", "reddit", "whatsapp", "telegram", "pinterest", "tumblr",
            "email", "e-mail", "print", "pocket", "skype", "messenger", "share", "tweet", "copy link", "mail",
            "flipboard", "vk", "viber", "x",
        };

        private static readonly string[] WholeLine =
        {
            "related news", "related", "related articles", "related posts", "related stories", "read more", "read also",
            "see also", "more news", "also read", "recommended", "source link", "advertisement", "sponsored",
            "comments", "leave a comment", "leave a reply", "add comment", "post a comment", "skip to content",
            "print this article", "back to top", "continue reading",
        };

        // Lines that start with one of these are furniture whatever follows.
        private static readonly (string Prefix, string Kind)[] Prefixes =
        {
            ("share this", "share buttons"),
            ("share on ", "share buttons"),
            ("share via", "share buttons"),
            ("share:", "share buttons"),
            ("please enter your comment", "comment prompt"),
            ("please enter your name", "comment prompt"),
            ("please enter your email", "comment prompt"),
            ("you must be logged in to post a comment", "comment prompt"),
            ("your browser doesn't support", "player notice"),
            ("your browser doesn\u2019t support", "player notice"),
            ("your browser does not support", "player notice"),
            ("please enable javascript", "player notice"),
            ("become a patron", "donation appeal"),
            ("please support independent journalism", "donation appeal"),
            ("support independent journalism", "donation appeal"),
            ("sign up for our newsletter", "newsletter prompt"),
            ("subscribe to our newsletter", "newsletter prompt"),
            ("we use cookies", "cookie notice"),
            ("photo:", "photo credit"),
            ("(photo", "photo credit"),
            ("photo credit", "photo credit"),
            ("image:", "photo credit"),
            ("image :", "photo credit"),
            ("(image", "photo credit"),
            ("picture:", "photo credit"),
            ("file photo", "photo credit"),
            ("follow us on", "share buttons"),
        };

        /// <summary>The first characters of <see cref="Prefixes"/>, lower case (all ASCII).</summary>
        private static readonly string PrefixStarts = FirstCharacters(Prefixes);

        private static string FirstCharacters((string Prefix, string Kind)[] prefixes)
        {
            var chars = new System.Text.StringBuilder();
            foreach (var (prefix, _) in prefixes)
            {
                var c = char.ToLowerInvariant(prefix[0]);
                if (c >= 128) throw new InvalidOperationException("Prefixes must start with an ASCII character: " + prefix);
                if (chars.ToString().IndexOf(c) < 0) chars.Append(c);
            }
            return chars.ToString();
        }

        /// <summary>The kind of furniture a whole line is, or null if it is content.</summary>
        public static string? Classify(string line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0) return null;
            // Whole-line matches are short; lower-case only those, never a long paragraph.
            if (trimmed.Length <= 40)
            {
                var bare = trimmed.ToLowerInvariant().TrimEnd('.', '!', ':', '\u2026', ' ');
                foreach (var s in SocialButtons)
                {
                    if (bare == s) return "share buttons";
                }
                foreach (var s in WholeLine)
                {
                    if (bare == s) return KindOfWholeLine(s);
                }
            }
            // Most lines start with a letter no prefix starts with; skip the comparisons then.
            if (trimmed[0] >= 128 || PrefixStarts.IndexOf(char.ToLowerInvariant(trimmed[0])) >= 0)
            {
                foreach (var (prefix, kind) in Prefixes)
                {
                    if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return kind;
                }
            }
            // Navigation appeals: a short line that ends by asking the reader to click.
            if (trimmed.Length <= 400)
            {
                // The end without trailing punctuation, found in place: most paragraphs end with a period and
                // trimming would copy the whole line.
                var end = trimmed.Length;
                while (end > 0 && IsTrailingPunctuation(trimmed[end - 1])) end--;
                if ((EndsWithIgnoreCase(trimmed, end, "click here") || EndsWithIgnoreCase(trimmed, end, "read more here")) && WordCount(trimmed) <= 40)
                    return "navigation link";
            }
            return null;
        }

        private static bool IsTrailingPunctuation(char c) => c == '.' || c == '!' || c == ':' || c == '\u2026' || c == ' ';

        /// <summary>True when <c>text.Substring(0, end)</c> ends with <paramref name="suffix"/>, ignoring case.</summary>
        private static bool EndsWithIgnoreCase(string text, int end, string suffix)
            => end >= suffix.Length && string.Compare(text, end - suffix.Length, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>
        /// Offset inside the line where trailing furniture starts (<c>date 2022-04-05 Share this: Facebook</c>),
        /// or -1. Used for header lines that mix metadata with share buttons.
        /// </summary>
        public static int FindTrailingShare(string line)
        {
            return line.IndexOf("share this", StringComparison.OrdinalIgnoreCase);
        }

        private static string KindOfWholeLine(string s)
        {
            switch (s)
            {
                case "source link": return "source link";
                case "advertisement":
                case "sponsored": return "advertisement";
                case "comments":
                case "leave a comment":
                case "leave a reply":
                case "add comment":
                case "post a comment": return "comment prompt";
                default: return s.StartsWith("related", StringComparison.Ordinal) || s.Contains("read") || s.Contains("news") || s == "see also" || s == "recommended"
                    ? "related links"
                    : "navigation";
            }
        }

        internal static int WordCount(string text)
        {
            var count = 0;
            var inWord = false;
            foreach (var c in text)
            {
                var letter = !char.IsWhiteSpace(c);
                if (letter && !inWord) count++;
                inWord = letter;
            }
            return count;
        }
    }
}
