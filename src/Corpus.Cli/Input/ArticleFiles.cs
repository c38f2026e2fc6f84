using System;
using System.Collections.Generic;
using System.IO;

namespace Corpus.Cli.Input
{
    /// <summary>Turns command-line paths (files or folders) into the list of article files, deterministically.</summary>
    public static class ArticleFiles
    {
        private const string Extension = ".txt";

        /// <summary>
        /// Files are taken as given; folders are searched recursively for <c>*.txt</c>.
        /// A file reached twice is kept once, under its ordinally smallest display path.
        /// The result is sorted by display path (ordinal), so argument order does not matter.
        /// </summary>
        public static IReadOnlyList<ArticleFile> Resolve(IReadOnlyList<string> arguments)
        {
            if (arguments.Count == 0) throw new InputException("No path given. Pass one or more .txt files or folders.");

            var byFullPath = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var argument in arguments)
            {
                foreach (var file in Expand(argument))
                {
                    if (!byFullPath.TryGetValue(file.FullPath, out var existing) || string.CompareOrdinal(file.DisplayPath, existing) < 0)
                        byFullPath[file.FullPath] = file.DisplayPath;
                }
            }

            if (byFullPath.Count == 0)
                throw new InputException("No " + Extension + " files found in " + string.Join(", ", arguments) + ".");

            var result = new List<ArticleFile>(byFullPath.Count);
            foreach (var pair in byFullPath) result.Add(new ArticleFile(pair.Key, pair.Value));
            result.Sort((a, b) =>
            {
                var c = string.CompareOrdinal(a.DisplayPath, b.DisplayPath);
                return c != 0 ? c : string.CompareOrdinal(a.FullPath, b.FullPath);
            });
            return result;
        }

        private static IEnumerable<ArticleFile> Expand(string argument)
        {
            if (string.IsNullOrWhiteSpace(argument)) throw new InputException("An empty path was given.");

            string full;
            try
            {
                full = Path.GetFullPath(argument);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                throw new InputException("Invalid path '" + argument + "': " + e.Message);
            }

            if (File.Exists(full)) return new[] { new ArticleFile(full, ToDisplay(argument)) };
            if (Directory.Exists(full)) return InFolder(argument, full);
            if (argument.StartsWith("-", StringComparison.Ordinal))
                throw new InputException("Unknown option '" + argument + "' (or a path that does not exist). Run 'corpus --help' for usage.");
            throw new InputException("Path not found: '" + argument + "'.");
        }

        private static List<ArticleFile> InFolder(string argument, string folder)
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                MatchCasing = MatchCasing.CaseInsensitive,
                IgnoreInaccessible = true,
            };
            var prefix = ToDisplay(argument).TrimEnd('/');
            var files = new List<ArticleFile>();
            try
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension, options))
                {
                    // On Windows "*.txt" also matches longer extensions such as ".txtx".
                    if (!file.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)) continue;
                    var relative = ToDisplay(Path.GetRelativePath(folder, file));
                    files.Add(new ArticleFile(Path.GetFullPath(file), prefix + "/" + relative));
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new InputException("Cannot read folder '" + argument + "': " + e.Message);
            }
            return files;
        }

        private static string ToDisplay(string path) => path.Replace(Path.DirectorySeparatorChar, '/');
    }
}
