using Copydesk.Cli;
using Copydesk.Cli.Checking;

if (EngineWarmUp.IsSurelyNeeded(args)) EngineWarmUp.Start();
return CopydeskCommandLine.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
