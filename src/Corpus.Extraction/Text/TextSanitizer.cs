using System.Text;

namespace Corpus.Extraction.Text
{
    public static class TextSanitizer
    {
        /// <summary>
        /// Replaces unpaired surrogates with U+FFFD. Length-preserving, so every offset stays valid,
        /// and the result round-trips through UTF-8 (the emitter stores articles as UTF-8).
        /// </summary>
        public static string ReplaceLoneSurrogates(string text)
        {
            StringBuilder? sb = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if ((uint)(c - 0xD800) > 0x7FF) continue; // not a surrogate: nearly every character
                var lone = char.IsHighSurrogate(c)
                    ? !(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    : char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(text[i - 1]));
                if (lone)
                {
                    sb ??= new StringBuilder(text);
                    sb[i] = '\uFFFD';
                }
            }
            return sb?.ToString() ?? text;
        }
    }
}
