using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>
/// This node's view of which cached kinds are still current. Cached values hang on a kind's change token; a change saved on
/// this node cancels it at once, and <see cref="PollAsync"/> cancels the kinds whose change log grew since it last looked,
/// so that changes saved on other nodes reach this one within a poll interval.
/// </summary>
public sealed class CacheStampMonitor(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _sources = new();
    // Other nodes' rows per kind at the last poll; null until the first, which drops everything cached before it.
    private Dictionary<string, int>? _seen;

    /// <summary>This process among the nodes: the change log names it on the changes saved here.</summary>
    public Guid Node { get; } = Guid.NewGuid();

    /// <summary>A token that changes when the kind becomes stale. Take it before loading, so that a change while loading counts.</summary>
    public IChangeToken Watch(string kind) =>
        new CancellationChangeToken(_sources.GetOrAdd(kind, _ => new CancellationTokenSource()).Token);

    public void Invalidate(string kind)
    {
        // Not disposed: a reader may still take the token of the source just removed, and sees it cancelled.
        if (_sources.TryRemove(kind, out var source)) source.Cancel();
    }

    public void InvalidateAll()
    {
        foreach (var kind in _sources.Keys) Invalidate(kind);
    }

    /// <summary>
    /// Reads the size of other nodes' change log per kind (one small statement) and drops the kinds that changed elsewhere. This
    /// node's own changes are not counted: it dropped their kinds when it saved them, and dropping them again would only reload.
    /// </summary>
    public async Task PollAsync(CancellationToken ct)
    {
        Dictionary<string, int> counts;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
            counts = await db.Set<CacheChange>().Where(c => c.Node != Node).GroupBy(c => c.Kind).Select(g => new { Kind = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Kind, g => g.Count, ct);
        }
        if (_seen is null) InvalidateAll();
        else
            foreach (var kind in counts.Keys.Union(_seen.Keys).Where(k => counts.GetValueOrDefault(k) != _seen.GetValueOrDefault(k)))
                Invalidate(kind);
        _seen = counts;
    }

    /// <summary>
    /// Removes the change log's rows older than <paramref name="olderThan"/>, so that the poll every node makes each interval
    /// stays small. A node that sees a kind's count fall drops that kind once, as for any change.
    /// </summary>
    public async Task<int> PruneAsync(DateTime olderThan, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        return await db.Set<CacheChange>().Where(c => c.ChangedAt < olderThan).ExecuteDeleteAsync(ct);
    }

    /// <summary>After a failed poll nothing is known about other nodes' changes: drop everything, and compare afresh next time.</summary>
    public void Forget()
    {
        _seen = null;
        InvalidateAll();
    }
}
