using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;

namespace PulmoPet.Deep.Tests.Native;

/// <summary>
/// build/torchsharp/fix-libtorchsharp-glibcxx.py on a copy of TorchSharp's original library: it changes
/// exactly the three bytes it documents (one Vernaux flag, one .gnu.version entry), is idempotent and
/// leaves the package folder alone. Linux only (the script's target); on other systems there is nothing to check.
/// </summary>
public sealed class GlibcxxFixScriptTests
{
    [Fact]
    public void ScriptPatchesACopyOnceAndThenReportsItPatched()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        string original = Path.Combine(PackageRoot(), "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        var originalHash = SHA256.HashData(File.ReadAllBytes(original));
        using var directory = new TempDirectory();
        string copy = directory.File("libLibTorchSharp.so");
        File.Copy(original, copy);

        var (code, output) = RunScript("--force", copy);
        Assert.Equal(0, code);
        Assert.Contains("patched", output);
        Assert.Contains("_ZSt21ios_base_library_initv", output);
        var before = File.ReadAllBytes(original);
        var after = File.ReadAllBytes(copy);
        Assert.Equal(before.Length, after.Length);
        // vna_flags 0 → 2 (one byte) and the symbol's versym 18 → 1 (one byte); nothing else changes.
        int differing = before.Zip(after).Count(pair => pair.First != pair.Second);
        Assert.Equal(2, differing);

        var (again, secondOutput) = RunScript("--force", copy);
        Assert.Equal(0, again);
        Assert.Contains("already patched", secondOutput);
        Assert.Equal(after, File.ReadAllBytes(copy));
        Assert.Equal(originalHash, SHA256.HashData(File.ReadAllBytes(original)));
    }

    [Fact]
    public void ScriptFailsClearlyOnAFileThatIsNotElf()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("libLibTorchSharp.so"), "not a library");
        var (code, output) = RunScript("--force", directory.File("libLibTorchSharp.so"));
        Assert.Equal(1, code);
        Assert.Contains("error PPDEEP001", output);
        Assert.Contains("not an ELF file", output);
    }

    private static string PackageRoot() =>
        typeof(GlibcxxFixScriptTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value!;

    private static (int Code, string Output) RunScript(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "build", "torchsharp", "fix-libtorchsharp-glibcxx.py"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PulmoPet.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds PulmoPet.slnx.");
    }
}
