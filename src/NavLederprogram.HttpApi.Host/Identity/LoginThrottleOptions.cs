using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NavLederprogram.HttpApi.Host.Identity;

public sealed class LoginThrottleOptions
{
    public const string Section = "LoginThrottle";

    /// <summary>Failed sign-ins for one username from one client address before that pair is refused for the window.</summary>
    public int FailuresPerUserAndAddress { get; set; } = 5;
    /// <summary>Failed sign-ins from one client address, whatever the usernames, before the address is refused for the window.</summary>
    public int FailuresPerAddress { get; set; } = 30;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
