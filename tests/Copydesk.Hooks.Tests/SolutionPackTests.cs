using Copydesk.Hooks.Tests.Support;
using Copydesk.Tests;

namespace Copydesk.Hooks.Tests;

/// <summary>
/// The root Directory.Build.targets: a solution-wide pack (what pre-commit runs) yields the tool only,
/// while packing one project by path packs it as usual. Checked by evaluating IsPackable, no build.
/// </summary>
public sealed class SolutionPackTests
{
    [Theory]
    [InlineData("src/Copydesk.Cli/Copydesk.Cli.csproj", false, "true")]
    [InlineData("src/Copydesk.Cli/Copydesk.Cli.csproj", true, "true")]
    [InlineData("src/Copydesk.MSBuild/Copydesk.MSBuild.csproj", false, "true")]
    [InlineData("src/Copydesk.MSBuild/Copydesk.MSBuild.csproj", true, "false")]
    [InlineData("src/Copydesk.Core/Copydesk.Core.csproj", false, "true")]
    [InlineData("src/Copydesk.Core/Copydesk.Core.csproj", true, "false")]
    public void Only_the_tool_is_packable_in_a_solution_pack(string project, bool inSolution, string isPackable)
    {
        string[] arguments = ["msbuild", project, "-getProperty:IsPackable"];
        // What a solution build passes to each project.
        if (inSolution) arguments = [.. arguments, "-p:SolutionFileName=MyProject.sln", $"-p:SolutionDir={RepositoryPaths.Root}/"];

        var result = ProcessRunner.RunChecked(RepositoryPaths.Root, "dotnet", arguments);

        Assert.Equal(isPackable, result.Out.Trim());
    }
}
