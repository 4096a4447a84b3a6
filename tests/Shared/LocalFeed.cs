namespace Copydesk.Tests;

/// <summary>The nuget.config of a throwaway project: the freshly packed feed, beside the machine's default source.</summary>
public static class LocalFeed
{
    public static void WriteNuGetConfig(string projectDirectory, string feedDirectory) =>
        File.WriteAllText(Path.Combine(projectDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="copydesk-e2e" value="{feedDirectory}" />
              </packageSources>
            </configuration>
            """);
}
