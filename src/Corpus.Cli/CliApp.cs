using System.IO;

namespace Corpus.Cli
{
    public static class CliApp
    {
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            stderr.WriteLine("not implemented yet");
            return 2;
        }
    }
}
