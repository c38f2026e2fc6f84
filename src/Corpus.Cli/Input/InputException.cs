using System;

namespace Corpus.Cli.Input
{
    /// <summary>Bad input from the user (missing path, no files, unreadable file, bad option value): reported without a stack trace, exit code 2.</summary>
    public sealed class InputException : Exception
    {
        public InputException(string message)
            : base(message)
        {
        }
    }
}
