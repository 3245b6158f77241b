using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// Behind a load balancer every request comes from the balancer's address, and the client's own address and scheme are in
/// X-Forwarded-For and X-Forwarded-Proto. Those headers are believed only from the proxies named in App:TrustedProxies:
/// anyone else could choose the address the login throttle and the rate limits count.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IReadOnlyCollection<string> proxies)
    {
        if (proxies.Count == 0) return services;
        var addresses = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var proxy in proxies)
        {
            if (proxy.Contains('/') && System.Net.IPNetwork.TryParse(proxy, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(proxy, out var address)) addresses.Add(address);
            else throw new InvalidOperationException($"App:TrustedProxies: \"{proxy}\" is neither an IP address nor a network such as 10.0.0.0/8.");
        }
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in addresses) o.KnownProxies.Add(address);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's address and scheme.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, IReadOnlyCollection<string> proxies) =>
        proxies.Count == 0 ? app : app.UseForwardedHeaders();
}
