return Corpus.Cli.CliApp.Run(args, System.Console.Out, System.Console.Error);
