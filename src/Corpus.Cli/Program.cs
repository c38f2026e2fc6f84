using System;
using System.Text;

// Article text is full of typographic quotes and accents: print UTF-8 whatever the console's code page.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Corpus.Cli.CliApp.Run(args, Console.Out, Console.Error);
