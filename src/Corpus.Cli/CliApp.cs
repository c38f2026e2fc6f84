using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using Corpus.Cli.Commands;

namespace Corpus.Cli
{
    /// <summary>
    /// The testable entry point. Exit codes: 0 success, 1 <c>check</c> found errors,
    /// 2 bad input or usage, 3 unexpected failure.
    /// </summary>
    public static class CliApp
    {
        public const int InternalError = 3;

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            try
            {
                var root = new RootCommand("Inspect and check plain-text news articles the way the Corpus source generator reads them.")
                {
                    InspectCommand.Create(stdout, stderr),
                    CheckCommand.Create(stdout, stderr),
                };
                foreach (var option in root.Options)
                {
                    if (option is VersionOption version) version.Action = new PrintVersion(stdout);
                }

                var parse = root.Parse(args);
                if (parse.Action is ParseErrorAction)
                {
                    foreach (var error in parse.Errors) stderr.WriteLine("corpus: error: " + error.Message);
                    stderr.WriteLine("Run 'corpus --help' for usage.");
                    return CommandParts.InputError;
                }

                return parse.Invoke(new InvocationConfiguration
                {
                    Output = stdout,
                    Error = stderr,
                    EnableDefaultExceptionHandler = false,
                    ProcessTerminationTimeout = null,
                });
            }
            catch (Exception e)
            {
                stderr.WriteLine("corpus: internal error: " + e.GetType().Name + ": " + e.Message);
                return InternalError;
            }
        }

        /// <summary>Prints this tool's version (not the host's, which differs when run in-process).</summary>
        private sealed class PrintVersion : SynchronousCommandLineAction
        {
            private readonly TextWriter _stdout;

            public PrintVersion(TextWriter stdout) => _stdout = stdout;

            public override int Invoke(ParseResult parseResult)
            {
                _stdout.WriteLine(ToolVersion.Value);
                return 0;
            }
        }
    }
}
