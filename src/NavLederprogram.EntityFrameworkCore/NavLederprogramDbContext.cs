using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.Entities;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>The one DbContext of the application; tables carry their module's prefix.</summary>
public class NavLederprogramDbContext(DbContextOptions<NavLederprogramDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid, IdentityUserClaim<Guid>, AppUserRole, IdentityUserLogin<Guid>, IdentityRoleClaim<Guid>, IdentityUserToken<Guid>>(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<JobRole> JobRoles => Set<JobRole>();
    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureIdentity();
        builder.ConfigureOrganisation(Database.ProviderName);
        builder.ConfigureCompetence(Database.ProviderName);
        builder.ConfigureProgrammes();
        builder.ConfigureNotifications(Database.ProviderName);
        builder.ConfigureCalendar(Database.ProviderName);
        Scheduling.SchedulingModelConfiguration.ConfigureScheduling(builder);
        builder.UseOpenIddict<Guid>();
        builder.ConfigureOpenIddictTableNames();
    }
}
