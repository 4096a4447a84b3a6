using Copydesk.Core.Engine;

namespace Copydesk.Cli.Checking;

/// <summary>`check --staged` and `check --changed-since REF`: git chooses the files, <see cref="FileChecker"/> lints them.</summary>
public static class GitSelection
{
    public static bool IsRequested(CheckOptions options) => options.Staged || options.ChangedSince is not null;

    public static IReadOnlyList<FileResult> Check(CheckOptions options, FileChecker checker, string workingDirectory)
    {
        if (options.Staged && options.ChangedSince is not null)
            throw new CliUsageException("--staged and --changed-since cannot be used together");
        if (options.StdinFileName is not null)
            throw new CliUsageException("--stdin-filename cannot be used with --staged or --changed-since");

        if (options.ChangedSince is { } reference)
            return checker.Check(GitFiles.ChangedSince(reference, workingDirectory, options.Paths), options.Jobs);

        var staged = GitFiles.Staged(workingDirectory, options.Paths);
        var parallel = staged.AsParallel().AsOrdered();
        if (options.Jobs > 0) parallel = parallel.WithDegreeOfParallelism(options.Jobs);
        return parallel.Select(article => checker.CheckBytes(article.File, article.Content)).ToList();
    }
}
