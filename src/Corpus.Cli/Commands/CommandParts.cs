using System;
using System.CommandLine;
using System.IO;
using Corpus.Cli.Input;

namespace Corpus.Cli.Commands
{
    /// <summary>Arguments and options shared by the commands, and the bad-input guard around their actions.</summary>
    internal static class CommandParts
    {
        public const int InputError = 2;

        public static Argument<string[]> Paths() => new Argument<string[]>("paths")
        {
            Description = "Article files (.txt) or folders, searched recursively for *.txt.",
            Arity = ArgumentArity.OneOrMore,
        };

        public static Option<string[]> Severity() => new Option<string[]>("--severity")
        {
            Description = "Set the severity of a diagnostic, like dotnet_diagnostic.ID.severity in .globalconfig: ID=none|silent|info|warning|error|default. Repeatable.",
            HelpName = "ID=level",
            Arity = ArgumentArity.OneOrMore,
        };

        /// <summary>Runs an action; bad input becomes a one-line message on stderr and exit code 2.</summary>
        public static int Guarded(TextWriter stderr, Func<int> action)
        {
            try
            {
                return action();
            }
            catch (InputException e)
            {
                stderr.WriteLine("corpus: error: " + e.Message);
                return InputError;
            }
        }
    }
}
