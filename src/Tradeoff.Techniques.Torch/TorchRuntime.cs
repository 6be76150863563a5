using System.Runtime.InteropServices;
using TorchSharp;
using Tradeoff.Core;
using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch;

/// <summary>Loads libtorch once and says why it cannot be used, instead of letting a failed load crash a run.</summary>
internal static partial class TorchRuntime
{
    private static readonly Lazy<string?> Reason = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Why libtorch cannot run here, or null when it loads and computes.</summary>
    public static string? UnavailableReason => Reason.Value;

    /// <summary>Makes sure libtorch is usable and pins its intra-op thread count (a process-wide libtorch setting).</summary>
    /// <exception cref="InvalidOperationException">libtorch does not load on this machine.</exception>
    public static void Prepare(int threads)
    {
        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        set_num_threads(Math.Max(1, threads));
    }

    // Any failure to load or to compute means the technique is unavailable, whatever its type: a missing library
    // (DllNotFoundException), a refused symbol version (TypeInitializationException), or TorchSharp's own checks.
#pragma warning disable CA1031
    private static string? Load()
    {
        NativeLibraries.Configure();
        // libtorch's oneDNN convolution, training on AVX-512 on this project's CI machine (AMD EPYC, virtual), turned
        // every weight to NaN after the first steps: the convolutional network's contract tests predicted NaN, on
        // 612ff1e as on later commits, and passed with the instruction set capped at AVX2, which this cap does (the user's
        // own ONEDNN_MAX_CPU_ISA wins). The cause, found later, was oneDNN reading the padding of its channel blocks
        // (16 wide with AVX-512, 8 with AVX2; see TurnOffOneDnn, which now keeps libtorch's convolution off oneDNN);
        // the cap stays for whatever else of libtorch still calls oneDNN.
        NativeLibraries.Default("ONEDNN_MAX_CPU_ISA", "AVX2");
        try
        {
            InitializeDeviceType(DeviceType.CPU);
            TurnOffOneDnn();
            using var probe = ones(2, 2);
            using var sum = probe.sum();
            return sum.item<float>() == 4f ? null : "libtorch loaded but computed a wrong sum of ones.";
        }
        catch (Exception e)
        {
            return "TorchSharp's native library (libLibTorchSharp.so with libtorch) did not load: " + (LoaderError() ?? FirstLine(e));
        }
    }
#pragma warning restore CA1031

    /// <summary>Whether libtorch may use oneDNN (PyTorch's <c>torch.backends.mkldnn.enabled</c>); false once loaded here.</summary>
    internal static bool OneDnnEnabled => UserEnabledMkldnn(GlobalContext());

    // libtorch's oneDNN convolution (3.7.1 in libtorch 2.10) lays channels out in blocks of 8 (16 with AVX-512) and
    // reads the padding of a block it did not write: with 4 or 6 channels, whatever the freed memory held there flows
    // into the gradients, and NaN left by earlier tensors turns every weight to NaN. The convolutional network's parity
    // test failed this way in about one CI run in six; with freed memory filled with NaN beforehand, 5 fits in 10
    // (ConvolutionalNetworkTechniqueTests). Without oneDNN, libtorch convolves by unfolding patches and multiplying
    // matrices, which writes all it reads. TorchSharp does not expose PyTorch's switch (torch.backends.mkldnn.enabled),
    // so it is set through libtorch's own exported functions: at::globalContext().setUserEnabledMkldnn(false).
    private static void TurnOffOneDnn() => SetUserEnabledMkldnn(GlobalContext(), false);

    [LibraryImport("libtorch_cpu", EntryPoint = "_ZN2at13globalContextEv")]
    private static partial IntPtr GlobalContext();

    [LibraryImport("libtorch_cpu", EntryPoint = "_ZN2at7Context20setUserEnabledMkldnnEb")]
    private static partial void SetUserEnabledMkldnn(IntPtr context, [MarshalAs(UnmanagedType.U1)] bool enabled);

    [LibraryImport("libtorch_cpu", EntryPoint = "_ZNK2at7Context17userEnabledMkldnnEv")]
    [return: MarshalAs(UnmanagedType.U1)]
    private static partial bool UserEnabledMkldnn(IntPtr context);

    // TorchSharp's own message blames a missing package reference whatever went wrong; the dynamic loader's
    // message names the real cause (a file not found, or "version `GLIBCXX_3.4.32' not found").
    private static string? LoaderError()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "libLibTorchSharp.so");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            NativeLibrary.Free(NativeLibrary.Load(path));
            return null;
        }
        catch (DllNotFoundException e)
        {
            // The runtime's advice comes first; the loader's own words are on the last line.
            return e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        }
    }

    private static string FirstLine(Exception e)
    {
        while (e.InnerException is not null && e is TypeInitializationException)
        {
            e = e.InnerException;
        }

        var message = e.Message.Trim();
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end].Trim();
    }
}
