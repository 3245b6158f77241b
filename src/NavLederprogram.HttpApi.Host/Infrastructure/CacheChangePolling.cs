using NavLederprogram.EntityFrameworkCore.Data;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// Looks at the database's cache change log every <see cref="Interval"/> (App:CachePollInterval, 1 s by default), so that
/// a grant, role assignment or catalogue changed on another node is no longer served from this node's cache after that.
/// </summary>
public sealed class CacheChangePolling(CacheStampMonitor monitor, IConfiguration configuration, ILogger<CacheChangePolling> logger) : BackgroundService
{
    private TimeSpan Interval => configuration.GetValue<TimeSpan?>("App:CachePollInterval") ?? TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await monitor.PollAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Without the log, nothing is known of other nodes' changes: serve from the database until it answers again.
                monitor.Forget();
                logger.LogWarning(e, "The cache change log could not be read; cached data is dropped");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
