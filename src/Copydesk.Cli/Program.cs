using Copydesk.Cli;
using Copydesk.Cli.Checking;

if (EngineWarmUp.IsSurelyNeeded(args)) EngineWarmUp.Start();
var stdout = StandardStreams.OpenOut();
var stderr = StandardStreams.OpenError();
try
{
    return CopydeskCommandLine.Run(args, stdout, stderr, Environment.CurrentDirectory);
}
finally
{
    try
    {
        stdout.Flush();
    }
    catch (IOException)
    {
        // stdout is gone (a closed pipe): the exit code still tells.
    }
}
