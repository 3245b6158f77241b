using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>
/// Guessing passwords is stopped per (username, client address) and per address, not by locking the account: a lock
/// would let anyone who knows a username keep its owner out, and would tell which usernames exist. The counters are
/// kept whether or not the username exists, so the answers are the same. They live in this node's memory: with
/// several nodes, each node counts on its own.
/// </summary>
public sealed class LoginThrottle(IMemoryCache cache, TimeProvider clock, IOptions<LoginThrottleOptions> options)
{
    private sealed class Counter(DateTimeOffset until)
    {
        public int Failures;
        public DateTimeOffset Until { get; } = until;
    }

    private LoginThrottleOptions Options => options.Value;

    public bool IsRefused(string userName, string? address) =>
        Failures(PairKey(userName, address)) >= Options.FailuresPerUserAndAddress
        || Failures(AddressKey(address)) >= Options.FailuresPerAddress;

    public void RecordFailure(string userName, string? address)
    {
        Increment(PairKey(userName, address));
        Increment(AddressKey(address));
    }

    /// <summary>The owner got in: earlier typing errors from this address no longer count against them.</summary>
    public void RecordSuccess(string userName, string? address) => cache.Remove(PairKey(userName, address));

    private int Failures(string key) =>
        cache.TryGetValue(key, out Counter? c) && c!.Until > clock.GetUtcNow() ? Volatile.Read(ref c.Failures) : 0;

    private void Increment(string key)
    {
        var now = clock.GetUtcNow();
        var counter = cache.TryGetValue(key, out Counter? c) && c!.Until > now ? c
            : cache.Set(key, new Counter(now + Options.Window), now + Options.Window);
        Interlocked.Increment(ref counter.Failures);
    }

    private static string PairKey(string userName, string? address) =>
        $"login-failures:{address ?? "local"}:{userName.Trim().ToUpperInvariant()}";

    private static string AddressKey(string? address) => $"login-failures:{address ?? "local"}";
}
