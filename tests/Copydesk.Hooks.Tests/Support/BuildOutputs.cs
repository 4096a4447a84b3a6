using Copydesk.Tests;

namespace Copydesk.Hooks.Tests.Support;

/// <summary>Where the built tool and the local package feed are, for tests that run or pack the tool.</summary>
public static class BuildOutputs
{
    /// <summary>The local feed that nuget.config names.</summary>
    public static string LocalFeed => Path.Combine(RepositoryPaths.Root, "artifacts", "packages");

    /// <summary>The copydesk.dll built next to these tests (the Cli project is referenced).</summary>
    public static string BuiltTool => Path.Combine(AppContext.BaseDirectory, "copydesk.dll");

    /// <summary>Debug or Release: what these tests, and so the Cli project, were built as.</summary>
    public static string Configuration =>
        typeof(BuildOutputs).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
}
