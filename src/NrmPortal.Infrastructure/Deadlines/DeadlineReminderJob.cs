using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NrmPortal.Application.Features.Deadlines;
using NrmPortal.Domain.Common;

namespace NrmPortal.Infrastructure.Deadlines;

/// <summary>Settings of the daily reminder mail (section "Reminders").</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    public bool Enabled { get; set; } = true;
    /// <summary>The Dutch hour from which the day's reminders go out.</summary>
    public int SendFromHour { get; set; } = 7;
    /// <summary>The portal's public address, for the link in the mail.</summary>
    public Uri PortalAddress { get; set; } = new("http://localhost:5080/");
}

/// <summary>
/// Sends the daily deadline reminders. It checks every ten minutes whether the Dutch day's sending hour has passed; the
/// dispatch records make sending idempotent, so restarts and several instances send each organisation one mail a day.
/// </summary>
public sealed partial class DeadlineReminderJob(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock,
    ILogger<DeadlineReminderJob> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A mail server that is down must not stop the portal; the next tick tries again.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = DutchCalendar.ToDutchTime(clock.GetUtcNow().UtcDateTime);
        if (now.Hour < options.Value.SendFromHour) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var reminders = scope.ServiceProvider.GetRequiredService<DeadlineReminders>();
        var sent = await reminders.SendAsync(DateOnly.FromDateTime(now), options.Value.PortalAddress, cancellationToken);
        if (sent > 0) LogSent(logger, sent);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline reminders sent to {Count} organisations")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending deadline reminders failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
