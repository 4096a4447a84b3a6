using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Copydesk.Analyzers.Tests;

/// <summary>The Roslyn analyzer test with a C# file to compile and the articles as additional files.</summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<CopydeskAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(params (string Path, string Text)[] additionalFiles)
    {
        TestState.Sources.Add("public static class Program { public static void Main() { } }");
        foreach (var file in additionalFiles) TestState.AdditionalFiles.Add(file);
        // Only the syntax of the C# matters here; the SDK's own reference pack avoids a download.
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
    }
}
