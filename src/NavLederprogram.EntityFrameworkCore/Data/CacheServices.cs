using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;

namespace NavLederprogram.EntityFrameworkCore.Data;

public static class CacheServices
{
    /// <summary>Registers a cached kind: a saved change of any of <paramref name="entityTypes"/> makes it stale on every node.</summary>
    public static IServiceCollection AddCacheKind(this IServiceCollection services, string kind, params Type[] entityTypes) =>
        services.AddSingleton(new CacheKind(kind, entityTypes));

    /// <summary>The node's cache of seldom-changed data and the watch on its change log.</summary>
    public static IServiceCollection AddDataCache(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<CacheKindMap>();
        services.AddSingleton<CacheStampMonitor>();
        services.AddSingleton<CacheChangeInterceptor>();
        services.AddSingleton<IDataCache, StampedDataCache>();
        return services;
    }
}
