using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NavLederprogram.Identity;
using OpenIddict.EntityFrameworkCore.Models;

namespace NavLederprogram.EntityFrameworkCore;

internal static class IdentityModelConfiguration
{
    public static void ConfigureIdentity(this ModelBuilder builder)
    {
        builder.Entity<AppUser>(b =>
        {
            b.ToTable("IdentityUsers");
            b.Property(u => u.Name).HasMaxLength(128).IsRequired();
            b.Property(u => u.PreferredCulture).HasMaxLength(8);
            b.Property(u => u.DisabledReason).HasMaxLength(AppUser.MaxDisabledReasonLength);
            b.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });
        builder.Entity<AppRole>().ToTable("IdentityRoles");
        builder.Entity<AppUserRole>(b =>
        {
            b.ToTable("IdentityUserRoles");
            b.Property(r => r.ScopeKind).HasConversion<string>().HasMaxLength(16);
        });
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("IdentityUserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("IdentityUserLogins");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("IdentityRoleClaims");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("IdentityUserTokens");
        builder.Entity<PermissionGrant>(b =>
        {
            b.ToTable("IdentityPermissionGrants");
            b.Property(g => g.RoleName).HasMaxLength(64).IsRequired();
            b.Property(g => g.PermissionName).HasMaxLength(128).IsRequired();
            b.HasIndex(g => new { g.RoleName, g.PermissionName }).IsUnique();
        });
        builder.Entity<DataProtectionKey>().ToTable("IdentityDataProtectionKeys");
    }

    public static void ConfigureOpenIddictTableNames(this ModelBuilder builder)
    {
        builder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("OpenIddictApplications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("OpenIddictAuthorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("OpenIddictScopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("OpenIddictTokens");
    }
}
