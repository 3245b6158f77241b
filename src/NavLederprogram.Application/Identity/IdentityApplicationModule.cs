using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Permissions;

namespace NavLederprogram.Identity;

public static class IdentityApplicationModule
{
    /// <summary>Permissions, the caller's access scope, the current user's view of themselves, and the administration of users and grants.</summary>
    public static IServiceCollection AddIdentityApplication(this IServiceCollection services)
    {
        services.AddSingleton<IPermissionDefinitionProvider, NavLederprogramPermissionDefinitionProvider>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<CurrentAccessScope>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<ICurrentUserAppService, CurrentUserAppService>();
        services.AddScoped<IUserAdminAppService, UserAdminAppService>();
        services.AddScoped<IPermissionGrantAppService, PermissionGrantAppService>();
        return services;
    }
}
