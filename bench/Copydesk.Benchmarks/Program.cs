using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Copydesk.Benchmarks.EngineBenchmarks).Assembly).Run(args);
