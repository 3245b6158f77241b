using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.PersonalData;

public static class PersonalDataApplicationModule
{
    /// <summary>A person's data: own export, admins' export, erasure and the processing overview.</summary>
    public static IServiceCollection AddPersonalDataApplication(this IServiceCollection services)
    {
        services.AddScoped<PersonalDataEraser>();
        services.AddScoped<IPersonalDataAppService, PersonalDataAppService>();
        return services;
    }
}
