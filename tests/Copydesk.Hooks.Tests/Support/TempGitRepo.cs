namespace Copydesk.Hooks.Tests.Support;

/// <summary>A throwaway git repository in a temporary folder, deleted afterwards.</summary>
public sealed class TempGitRepo : IDisposable
{
    public TempGitRepo()
    {
        Root = Directory.CreateTempSubdirectory("copydesk-git-").FullName;
        Git("init", "--quiet", "--initial-branch=main");
        // Machine-wide settings (signing, a global hooks path) must not change what the tests see.
        Git("config", "commit.gpgsign", "false");
        Git("config", "core.hooksPath", ".git/hooks");
        Git("config", "user.name", "Copydesk Tests");
        Git("config", "user.email", "tests@copydesk.invalid");
    }

    public string Root { get; }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public void Write(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public ProcessRunner.Result Git(params string[] arguments) => ProcessRunner.RunChecked(Root, "git", arguments);

    public ProcessRunner.Result TryGit(IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        ProcessRunner.Run(Root, "git", arguments, environment);

    public void CommitAll(string message)
    {
        Git("add", "--all");
        Git("commit", "--quiet", "--no-verify", "-m", message);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process that outlived its test may still hold a file; the temp folder is cleaned later anyway.
        }
    }
}
