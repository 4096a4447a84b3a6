using Copydesk.Core.Configuration;
using Copydesk.Core.Packs;

namespace Copydesk.Core.Tests.Packs;

internal static class PackTestSupport
{
    /// <summary>Loads a user pack from YAML text and asserts it has no errors.</summary>
    public static PackRule[] Load(string yaml)
    {
        var errors = new List<ConfigurationError>();
        var pack = RulePackLoader.Load("/repo/styles/test.yaml", yaml, shipped: false, errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return [.. pack.Rules];
    }

    public static List<ConfigurationError> Errors(string yaml)
    {
        var errors = new List<ConfigurationError>();
        RulePackLoader.Load("/repo/styles/bad.yaml", yaml, shipped: false, errors);
        return errors;
    }
}
