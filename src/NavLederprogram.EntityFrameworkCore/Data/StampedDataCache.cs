using Microsoft.Extensions.Caching.Memory;
using NavLederprogram.Data;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>The node's memory cache, each value tied to its kind's change token.</summary>
public sealed class StampedDataCache(IMemoryCache cache, CacheStampMonitor monitor) : IDataCache
{
    // A safety net only: values are dropped by their kind's changes, long before this.
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    public async Task<T> GetOrLoadAsync<T>(string kind, string key, Func<CancellationToken, Task<T>> load, CancellationToken ct = default)
    {
        var cacheKey = (kind, key, typeof(T));
        if (cache.TryGetValue(cacheKey, out T? cached)) return cached!;
        var token = monitor.Watch(kind);
        var value = await load(ct);
        // A value whose token changed while it loaded is not stored: it may predate the change.
        cache.Set(cacheKey, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MaxAge }.AddExpirationToken(token));
        return value;
    }
}
