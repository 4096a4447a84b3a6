namespace Copydesk.Tests;

/// <summary>Clean-up of throwaway files that must never fail a test: a leftover is harmless, a thrown clean-up hides the result.</summary>
public static class Cleanup
{
    public static void Quietly(Action delete)
    {
        try { delete(); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
