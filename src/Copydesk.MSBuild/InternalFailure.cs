using Copydesk.Core.Diagnostics;

namespace Copydesk.MSBuild;

/// <summary>The one error the build tasks log when they fail themselves (CD9007, not a finding about the docs).</summary>
internal static class InternalFailure
{
    public static string Code => ToolDescriptors.InternalError.Id;

    public static string HelpLink => ToolDescriptors.InternalError.HelpUri;

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
