using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.ELearning;

public static class ScormApplicationModule
{
    /// <summary>SCORM packages and their run-time data, with the package limits from App:Scorm.</summary>
    public static IServiceCollection AddScormApplication(this IServiceCollection services)
    {
        services.AddOptions<ScormOptions>().BindConfiguration(ScormOptions.Section);
        services.AddScoped<IScormAppService, ScormAppService>();
        return services;
    }
}
