using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.Entities;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// The one DbContext of the application; tables carry their module's prefix. It also holds the data-protection key ring
/// (login cookies, antiforgery, OpenIddict's codes and refresh tokens), so that every node of the app reads the same keys.
/// </summary>
public class NavLederprogramDbContext(DbContextOptions<NavLederprogramDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid, IdentityUserClaim<Guid>, AppUserRole, IdentityUserLogin<Guid>, IdentityRoleClaim<Guid>, IdentityUserToken<Guid>>(options),
        IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<JobRole> JobRoles => Set<JobRole>();
    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Every point in time is stored as UTC; SQLite and JSON documents give it back without saying so. Reading marks it
    /// UTC, so that it reaches the browser with its "Z" and Oslo time is computed right.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureIdentity();
        builder.ConfigureOrganisation(Database.ProviderName);
        builder.ConfigureCompetence(Database.ProviderName);
        builder.ConfigureProgrammes(Database.ProviderName);
        builder.ConfigureELearning(Database.ProviderName);
        builder.ConfigureCourseCertificates();
        builder.ConfigureNotifications(Database.ProviderName);
        builder.ConfigureCalendar(Database.ProviderName);
        builder.ConfigureScorm(Database.ProviderName);
        builder.ConfigurePeerSupervision(Database.ProviderName);
        builder.ConfigureEvaluations(Database.ProviderName);
        builder.ConfigureEvaluationPulses();
        builder.ConfigureDevelopment(Database.ProviderName);
        builder.ConfigureLeadershipFeedback();
        Scheduling.SchedulingModelConfiguration.ConfigureScheduling(builder);
        builder.UseOpenIddict<Guid>();
        builder.ConfigureOpenIddictTableNames();
        Data.CacheModelConfiguration.ConfigureCacheChanges(builder);
        Privacy.PrivacyModelConfiguration.ConfigurePrivacy(builder);
        Audit.AuditModelConfiguration.ConfigureAudit(builder);
        PersonalData.PersonalDataModelConfiguration.ConfigurePersonalData(builder);
    }
}
