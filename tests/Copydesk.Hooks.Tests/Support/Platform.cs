// The hooks these tests drive are POSIX shell scripts run by git; the tests run where they run.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
[assembly: System.Runtime.Versioning.SupportedOSPlatform("macos")]
