namespace Copydesk.Core.Rules;

/// <summary>
/// A rule whose behaviour comes from data (a YAML pack, options) exposes a digest of that data,
/// so result caches notice when it changes.
/// </summary>
public interface IFingerprintedRule
{
    string ContentFingerprint { get; }
}
