using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Corpus.Cli.Analysis;
using Corpus.Cli.Output;
using Corpus.Extraction.Findings;

namespace Corpus.Cli.Commands
{
    /// <summary>
    /// <c>corpus check PATH...</c>: diagnostics in the compiler's format and a summary line;
    /// exit code 1 when any diagnostic is an error, else 0.
    /// </summary>
    internal static class CheckCommand
    {
        public const int HasErrors = 1;

        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var paths = CommandParts.Paths();
            var severity = CommandParts.Severity();
            var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors (exit code 1 when there is any)." };
            var command = new Command("check", "Report diagnostics like the compiler does; exit code 1 when there are errors.")
            {
                paths,
                warnAsError,
                severity,
            };
            command.SetAction(parse => CommandParts.Guarded(stderr, () =>
            {
                var rules = SeverityRules.Parse(parse.GetValue(severity) ?? Array.Empty<string>(), parse.GetValue(warnAsError));
                var run = CorpusRun.Execute(parse.GetValue(paths) ?? Array.Empty<string>(), rules);
                return Report(run, stdout);
            }));
            return command;
        }

        private static int Report(CorpusRun run, TextWriter stdout)
        {
            int errors = 0, warnings = 0, infos = 0;
            foreach (var d in run.Diagnostics)
            {
                // Like the compiler's command line, hidden diagnostics are not shown.
                if (d.Severity == FindingSeverity.Hidden) continue;
                stdout.WriteLine(CompilerFormat.Line(d));
                if (d.Severity == FindingSeverity.Error) errors++;
                else if (d.Severity == FindingSeverity.Warning) warnings++;
                else infos++;
            }
            stdout.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} file(s) checked: {1} error(s), {2} warning(s), {3} info",
                run.FileCount,
                errors,
                warnings,
                infos));
            return errors > 0 ? HasErrors : 0;
        }
    }
}
