using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Domain.Common;

namespace NrmPortal.Infrastructure.Retention;

/// <summary>Settings of the daily retention job (section "Retention", next to the periods in <see cref="Domain.Retention.RetentionRules"/>).</summary>
public sealed class RetentionJobOptions
{
    public bool Enabled { get; set; } = true;
    /// <summary>The Dutch hour from which the day's run starts (default 2, at night).</summary>
    public int RunFromHour { get; set; } = 2;
}

/// <summary>
/// Anonymises expired records once a day (<see cref="ApplyRetention"/>): it checks every hour whether the Dutch day's run
/// hour has passed and the day has not been done, then runs batches, each in its own scope and saved at once, until nothing
/// is left. Anonymised records are never selected again, so restarts and several instances do no harm.
/// </summary>
public sealed partial class RetentionJob(IServiceScopeFactory scopes, IOptions<RetentionJobOptions> options, TimeProvider clock,
    ILogger<RetentionJob> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private const int MaxBatchesPerRun = 1000;
    private DateOnly? _doneOn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var now = DutchCalendar.ToDutchTime(clock.GetUtcNow().UtcDateTime);
                var today = DateOnly.FromDateTime(now);
                if (now.Hour >= options.Value.RunFromHour && _doneOn != today)
                {
                    await RunOnceAsync(stoppingToken);
                    _doneOn = today;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs batches until nothing expired is left; returns how many files and signals were anonymised.</summary>
    public async Task<(int VictimFiles, int Signals)> RunOnceAsync(CancellationToken cancellationToken)
    {
        int files = 0, signals = 0;
        for (var i = 0; i < MaxBatchesPerRun; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var batch = scope.ServiceProvider.GetRequiredService<ApplyRetention.Batch>();
            var result = await batch.RunAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<IAppDbContext>().SaveChangesAsync(cancellationToken);
            files += result.VictimFiles;
            signals += result.Signals;
            if (!result.More) break;
        }
        if (files + signals > 0) LogDone(logger, files, signals);
        return (files, signals);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: anonymised {VictimFiles} victim files and {Signals} signals")]
    private static partial void LogDone(ILogger logger, int victimFiles, int signals);

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention run failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
