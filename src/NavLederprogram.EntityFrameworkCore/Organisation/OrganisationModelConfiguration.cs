using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NavLederprogram.Entities;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore;

internal static class OrganisationModelConfiguration
{
    public static void ConfigureOrganisation(this ModelBuilder builder, string? providerName)
    {
        // Uniqueness applies to live rows only, so a soft-deleted office does not block its name.
        var notDeleted = NotDeletedFilter(providerName);

        builder.Entity<Region>(b =>
        {
            b.ToTable("OrgRegions");
            b.ConfigureAudited();
            b.Property(r => r.Name).HasMaxLength(OrganisationConsts.MaxNameLength).IsRequired();
            b.Property(r => r.Code).HasMaxLength(OrganisationConsts.MaxCodeLength).IsRequired();
            b.HasIndex(r => r.Name).IsUnique().HasFilter(notDeleted);
        });

        builder.Entity<Municipality>(b =>
        {
            b.ToTable("OrgMunicipalities");
            b.ConfigureAudited();
            b.Property(m => m.Name).HasMaxLength(OrganisationConsts.MaxNameLength).IsRequired();
            b.Property(m => m.Number).HasMaxLength(OrganisationConsts.MunicipalityNumberLength).IsRequired();
            b.HasIndex(m => m.Number).IsUnique().HasFilter(notDeleted);
            b.HasOne<Region>().WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Office>(b =>
        {
            b.ToTable("OrgOffices");
            b.ConfigureAudited();
            b.Property(o => o.Name).HasMaxLength(OrganisationConsts.MaxNameLength).IsRequired();
            b.Property(o => o.LeadershipModel).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(o => o.Name).IsUnique().HasFilter(notDeleted);
            b.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(o => o.Municipalities).WithOne().HasForeignKey(m => m.OfficeId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(o => o.Municipalities).AutoInclude();
        });

        builder.Entity<OfficeMunicipality>(b =>
        {
            b.ToTable("OrgOfficeMunicipalities");
            b.HasKey(m => new { m.OfficeId, m.MunicipalityId });
            b.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<JobRole>(b =>
        {
            b.ToTable("OrgJobRoles");
            b.Property(r => r.Code).HasMaxLength(64).IsRequired();
            b.HasIndex(r => r.Code).IsUnique();
            b.Ignore(r => r.NameKey);
        });

        builder.Entity<Person>(b =>
        {
            b.ToTable("OrgPeople");
            b.ConfigureAudited();
            b.Property(p => p.EmployeeNumber).HasMaxLength(OrganisationConsts.MaxEmployeeNumberLength).IsRequired();
            b.Property(p => p.FirstName).HasMaxLength(OrganisationConsts.MaxNameLength).IsRequired();
            b.Property(p => p.LastName).HasMaxLength(OrganisationConsts.MaxNameLength).IsRequired();
            b.Property(p => p.Email).HasMaxLength(OrganisationConsts.MaxEmailLength).IsRequired();
            b.Property(p => p.Employer).HasConversion<string>().HasMaxLength(16);
            b.Ignore(p => p.FullName);
            b.HasIndex(p => p.EmployeeNumber).IsUnique().HasFilter(notDeleted);
            b.HasIndex(p => p.OfficeId);
            b.HasIndex(p => p.UserId);
            b.HasOne<Office>().WithMany().HasForeignKey(p => p.OfficeId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(p => p.JobRoles).WithOne().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(p => p.JobRoles).AutoInclude();
        });

        builder.Entity<HrImport>(b =>
        {
            b.ToTable("OrgHrImports");
            b.ConfigureAudited();
            b.Property(i => i.Submitter).HasMaxLength(200).IsRequired();
            b.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.Failure).HasMaxLength(OrganisationConsts.MaxImportFailureLength);
            b.Property(i => i.Rows).IsRequired();
            b.Ignore(i => i.IsFinished);
        });

        builder.Entity<PersonJobRole>(b =>
        {
            b.ToTable("OrgPersonJobRoles");
            b.HasKey(r => new { r.PersonId, r.JobRoleId });
            b.HasOne<JobRole>().WithMany().HasForeignKey(r => r.JobRoleId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    /// <summary>Soft-delete filter and concurrency stamp for every audited aggregate.</summary>
    public static string NotDeletedFilter(string? providerName) => providerName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "\"IsDeleted\" = false",
        "Microsoft.EntityFrameworkCore.SqlServer" => "[IsDeleted] = 0",
        _ => "\"IsDeleted\" = 0",
    };

    public static void ConfigureAudited<T>(this EntityTypeBuilder<T> b) where T : AuditedAggregateRoot
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasQueryFilter(e => !e.IsDeleted);
    }
}
