using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Home;

public static class HomeApplicationModule
{
    /// <summary>The start page, which reads the other modules through their application services.</summary>
    public static IServiceCollection AddHomeApplication(this IServiceCollection services)
    {
        services.AddScoped<IHomeAppService, HomeAppService>();
        return services;
    }
}
