using Copydesk.Cli;
using Copydesk.Cli.Checking;

if (args.Length > 0 && args[0] == "check") EngineWarmUp.Start();
return CopydeskCommandLine.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
