using System.Globalization;
using System.Net.Sockets;
using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement;
using Tradeoff.Store;

namespace Tradeoff.Distributed;

/// <summary>
/// <c>tradeoff worker</c>: a Hangfire server on the team store's database that measures the jobs of distributed runs,
/// <paramref name="concurrency"/> at a time, until it is stopped. A store it cannot reach (yet, or any more) is tried
/// again with a growing pause, said on the error output; a store that refuses it (login, schema) ends it at once.
/// </summary>
/// <param name="context">The store, techniques, clock and environment the jobs are measured with.</param>
/// <param name="concurrency">How many jobs it measures at once.</param>
/// <param name="invisibilityTimeout">How long after this worker dies its job waits before another worker takes it.</param>
/// <param name="machineClass">The machine class whose jobs it takes (<see cref="Core.Studies.MachineClass"/>).</param>
internal sealed class Worker(WorkerContext context, int concurrency, TimeSpan invisibilityTimeout, string machineClass)
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(1);

    /// <summary>Measures jobs until <paramref name="cancellationToken"/> is cancelled; a job being measured then goes back to the queue.</summary>
    public void Run(CancellationToken cancellationToken)
    {
        var storage = Connect(cancellationToken);
        if (storage is null)
        {
            return;
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}");
        var options = new BackgroundJobServerOptions
        {
            // Hangfire adds the process id and a GUID: the server id reads HOST:PID:GUID.
            ServerName = Environment.MachineName,
            WorkerCount = concurrency,
            // Only the jobs of its class: the timed qualities of a run are all measured on machines of one class.
            Queues = [JobEngine.QueueOf(machineClass)],
            Activator = new MeasureJobActivator(new MeasureJob(context)),
        };
        using (new BackgroundJobServer(options, storage))
        {
            context.Say($"worker {name}: measuring the jobs of {context.Location} for machine class {machineClass}, {concurrency.ToString(CultureInfo.InvariantCulture)} at a time; Ctrl+C stops");
            cancellationToken.WaitHandle.WaitOne();
            context.Say($"worker {name}: stopping; a job not finished goes back to the queue");
        }
    }

    /// <summary>The machine class of this machine, as <paramref name="environment"/> captures it: its CPU model and core count.</summary>
    public static string MachineClassOf(EnvironmentProbe environment, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var machine = environment.Capture(new ProtocolSpec(), new Dictionary<string, string>(StringComparer.Ordinal), time);
        return MachineClass.Of(machine.Cpu, machine.Cores);
    }

    private PostgreSqlStorage? Connect(CancellationToken cancellationToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                // The store first: its messages say what is wrong with a location, a login or a schema version.
                using (RunStores.Open(context.Location, context.Time))
                {
                }

                return JobEngine.Storage(context.Location, invisibilityTimeout);
            }
            catch (Exception e) when (Unreachable(e))
            {
                context.Say($"worker: cannot reach the store ({FirstLine(e.Message)}); trying again in {pause.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
                if (cancellationToken.WaitHandle.WaitOne(pause))
                {
                    return null;
                }

                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }
        }
    }

    // A server that is down, starting or out of reach may come back; a refused login or a wrong database will not.
    private static bool Unreachable(Exception e)
    {
        for (var cause = e; cause is not null; cause = cause.InnerException)
        {
            if (cause is SocketException or TimeoutException or NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private sealed class MeasureJobActivator(MeasureJob job) : JobActivator
    {
        public override object ActivateJob(Type jobType) => jobType == typeof(MeasureJob) ? job : base.ActivateJob(jobType);
    }
}
