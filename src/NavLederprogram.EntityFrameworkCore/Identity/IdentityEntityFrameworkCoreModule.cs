using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore.Identity;

public static class IdentityEntityFrameworkCoreModule
{
    /// <summary>Permission grants, role assignments and the seed of roles, clients and demo users.</summary>
    public static IServiceCollection AddIdentityEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IPermissionGrantRepository, PermissionGrantRepository>();
        services.AddScoped<IRoleAssignmentRepository, RoleAssignmentRepository>();
        services.AddScoped<IRoleAssignmentQueries>(sp => sp.GetRequiredService<IRoleAssignmentRepository>());
        services.AddScoped<IdentityReadModels>();
        services.AddScoped<IUserAdminRepository, UserAdminRepository>();
        services.AddScoped<IUserStatusQueries, UserStatusQueries>();
        services.AddScoped<IDataSeedContributor, IdentityDataSeedContributor>();
        // A role's name is how grants and assignments refer to it.
        services.AddCacheKind(IdentityCaches.Permissions, typeof(PermissionGrant), typeof(AppRole));
        services.AddCacheKind(IdentityCaches.RoleAssignments, typeof(AppUserRole), typeof(AppRole));
        services.AddCacheKind(IdentityCaches.DisabledUsers, typeof(AppUser));
        return services;
    }
}
