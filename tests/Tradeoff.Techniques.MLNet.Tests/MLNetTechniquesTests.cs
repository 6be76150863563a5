using System.Runtime.InteropServices;
using Tradeoff.Core;

namespace Tradeoff.Techniques.MLNet.Tests;

public sealed partial class MLNetTechniquesTests
{
    [Fact]
    public void It_lists_the_three_adapters_with_documented_settings()
    {
        Assert.Equal(["gradient-boosting", "logistic-regression", "linear-regression"], MLNetTechniques.All.Select(d => d.Id));
        Assert.All(MLNetTechniques.All, d => Assert.NotEmpty(d.Settings));
    }

    [Fact]
    public void Native_threading_puts_the_OpenMP_wait_policy_in_the_C_environment()
    {
        NativeLibraries.Configure();

        // Read through libc, as OpenMP does: .NET's own environment copy would not show it.
        var value = Marshal.PtrToStringUTF8(GetEnv("OMP_WAIT_POLICY"));

        Assert.NotNull(value);
        Assert.Equal("PASSIVE", value, ignoreCase: true);
    }

    [DllImport("libc", EntryPoint = "getenv", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr GetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
}
