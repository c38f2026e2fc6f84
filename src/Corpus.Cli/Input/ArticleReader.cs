using System;
using System.IO;
using System.Text;

namespace Corpus.Cli.Input
{
    /// <summary>Reads an article as UTF-8, or as whatever its byte-order mark says (UTF-16, UTF-32). Invalid bytes become U+FFFD.</summary>
    public static class ArticleReader
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        public static string Read(ArticleFile file)
        {
            try
            {
                using var reader = new StreamReader(file.FullPath, Utf8, detectEncodingFromByteOrderMarks: true);
                return reader.ReadToEnd();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new InputException("Cannot read '" + file.DisplayPath + "': " + e.Message);
            }
        }
    }
}
