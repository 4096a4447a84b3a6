namespace Copydesk.MSBuild;

/// <summary>The one error the build tasks log when they fail themselves (not a finding about the docs).</summary>
internal static class InternalFailure
{
    public const string Code = "CD9000";
    public const string HelpLink = "https://github.com/copydesk/copydesk/blob/main/README.md#msbuild";

    /// <summary>Removes the kept findings after a failure, so the next build checks again instead of replaying.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            if (!string.IsNullOrEmpty(path)) File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
