using NavLederprogram.Audit;

namespace NavLederprogram.HttpApi.Host.Audit;

/// <summary>The client address of the request in flight, as the trusted-proxy middleware has resolved it.</summary>
public sealed class HttpRequestOrigin(IHttpContextAccessor accessor) : IRequestOrigin
{
    public string? RemoteAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
