using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NavLederprogram.Competence;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore;

internal static class CompetenceModelConfiguration
{
    public static void ConfigureCompetence(this ModelBuilder builder, string? providerName)
    {
        var notDeleted = OrganisationModelConfiguration.NotDeletedFilter(providerName);

        builder.Entity<ProficiencyScale>(b =>
        {
            b.ToTable("CompScales");
            b.ConfigureAudited();
            b.Texts(s => s.Name, "Name", CompetenceConsts.MaxNameLength);
            b.Ignore(s => s.MaxLevel);
            b.HasMany(s => s.Levels).WithOne().HasForeignKey(l => l.ScaleId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(s => s.Levels).AutoInclude();
        });

        builder.Entity<ScaleLevel>(b =>
        {
            b.ToTable("CompScaleLevels");
            b.HasKey(l => new { l.ScaleId, l.Level });
            b.Property(l => l.Level).ValueGeneratedNever();
            b.Texts(l => l.Name, "Name", CompetenceConsts.MaxNameLength);
        });

        builder.Entity<CompetenceCategory>(b =>
        {
            b.ToTable("CompCategories");
            b.ConfigureAudited();
            b.Texts(c => c.Name, "Name", CompetenceConsts.MaxNameLength);
        });

        builder.Entity<CompetenceArea>(b =>
        {
            b.ToTable("CompAreas");
            b.ConfigureAudited();
            b.Property(a => a.Code).HasMaxLength(CompetenceConsts.MaxCodeLength).IsRequired();
            b.HasIndex(a => a.Code).IsUnique().HasFilter(notDeleted);
            b.Texts(a => a.Name, "Name", CompetenceConsts.MaxNameLength);
            b.Texts(a => a.Description, "Description", CompetenceConsts.MaxDescriptionLength);
            b.HasOne<CompetenceCategory>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<ProficiencyScale>().WithMany().HasForeignKey(a => a.ScaleId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<CompetenceRequirement>(b =>
        {
            b.ToTable("CompRequirements");
            b.ConfigureAudited();
            b.HasIndex(r => new { r.JobRoleId, r.CompetenceAreaId });
            b.HasOne<JobRole>().WithMany().HasForeignKey(r => r.JobRoleId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<CompetenceArea>().WithMany().HasForeignKey(r => r.CompetenceAreaId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Office>().WithMany().HasForeignKey(r => r.OfficeId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.RequirementId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(r => r.Versions).AutoInclude();
            b.Ignore(r => r.Latest);
            b.Ignore(r => r.InForceSince);
        });

        builder.Entity<RequirementVersion>(b =>
        {
            b.ToTable("CompRequirementVersions");
            b.HasKey(v => v.Id);
            b.Property(v => v.Id).ValueGeneratedNever();
            b.HasIndex(v => new { v.RequirementId, v.ValidFrom }).IsUnique();
            b.Ignore(v => v.Terms);
        });

        builder.Entity<CompetenceEvidence>(b =>
        {
            b.ToTable("CompEvidence");
            b.ConfigureAudited();
            b.Property(e => e.Source).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.State).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.SourceReference).HasMaxLength(100);
            b.Property(e => e.Title).HasMaxLength(CompetenceConsts.MaxTitleLength).IsRequired();
            b.Property(e => e.RejectionReason).HasMaxLength(CompetenceConsts.MaxReasonLength);
            b.HasIndex(e => new { e.PersonId, e.CompetenceAreaId });
            b.HasIndex(e => e.State);
            b.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<CompetenceArea>().WithMany().HasForeignKey(e => e.CompetenceAreaId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<EvidenceDocument>(b =>
        {
            b.ToTable("CompEvidenceDocuments");
            b.HasKey(d => d.EvidenceId);
            b.Property(d => d.FileName).HasMaxLength(CompetenceConsts.MaxFileNameLength).IsRequired();
            b.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
            b.HasOne<CompetenceEvidence>().WithOne().HasForeignKey<EvidenceDocument>(d => d.EvidenceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PersonCompetenceStatus>(b =>
        {
            b.ToTable("CompPersonStatuses");
            b.HasKey(s => new { s.PersonId, s.RequirementId });
            // A read model for counting: the status is stored as its number, and the indexes cover the grouped reads
            // (the heatmap groups by office and competence, counting statuses of mandatory requirements) so that
            // they never touch the table itself.
            b.HasIndex(s => new { s.OfficeId, s.CompetenceAreaId, s.IsMandatory, s.Status });
            b.HasIndex(s => new { s.RegionId, s.CompetenceAreaId, s.IsMandatory, s.Status });
            b.HasIndex(s => new { s.CompetenceAreaId, s.Status });
        });

        builder.Entity<CompetenceReminder>(b =>
        {
            b.ToTable("CompReminders");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.HasIndex(r => new { r.PersonId, r.RequirementId, r.ValidUntil }).IsUnique();
            b.HasIndex(r => r.SentAt);
        });
    }

    /// <summary>A text in three languages as three columns: NameNb, NameNn, NameEn.</summary>
    private static void Texts<T>(this EntityTypeBuilder<T> b, System.Linq.Expressions.Expression<Func<T, LocalizedText?>> property, string prefix, int maxLength) where T : class =>
        b.ComplexProperty(property, c =>
        {
            c.Property(t => t.Nb).HasColumnName(prefix + "Nb").HasMaxLength(maxLength).IsRequired();
            c.Property(t => t.Nn).HasColumnName(prefix + "Nn").HasMaxLength(maxLength).IsRequired();
            c.Property(t => t.En).HasColumnName(prefix + "En").HasMaxLength(maxLength).IsRequired();
        });
}
