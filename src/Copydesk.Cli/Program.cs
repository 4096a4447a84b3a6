using Copydesk.Cli;

return CopydeskCommandLine.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
