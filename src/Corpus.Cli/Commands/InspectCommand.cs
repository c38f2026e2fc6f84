using System;
using System.CommandLine;
using System.IO;
using Corpus.Cli.Analysis;
using Corpus.Cli.Output;

namespace Corpus.Cli.Commands
{
    /// <summary><c>corpus inspect PATH... [--json]</c>: what the engine extracts, as a readable summary or JSON.</summary>
    internal static class InspectCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var paths = CommandParts.Paths();
            var severity = CommandParts.Severity();
            var json = new Option<bool>("--json") { Description = "Print the result as JSON (articles, participants, diagnostics)." };
            var command = new Command("inspect", "Show the articles, quotes, participants and diagnostics extracted from the files.")
            {
                paths,
                json,
                severity,
            };
            command.SetAction(parse => CommandParts.Guarded(stderr, () =>
            {
                var rules = SeverityRules.Parse(parse.GetValue(severity) ?? Array.Empty<string>(), warningsAsErrors: false);
                var run = CorpusRun.Execute(parse.GetValue(paths) ?? Array.Empty<string>(), rules);
                if (parse.GetValue(json)) JsonReport.Write(run, stdout);
                else TextReport.Write(run, stdout);
                return 0;
            }));
            return command;
        }
    }
}
