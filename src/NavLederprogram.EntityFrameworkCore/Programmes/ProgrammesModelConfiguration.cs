using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NavLederprogram.EntityFrameworkCore.Programmes;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// A version's modules, a cohort's schedule and a participant's progress are read and written whole with their
/// aggregate, so they are JSON documents in its row rather than tables of their own. The modules are serialized by
/// <see cref="ModuleDocument"/>, which also reads the texts written before they could be translated.
/// </summary>
internal static class ProgrammesModelConfiguration
{
    public static void ConfigureProgrammes(this ModelBuilder builder, string? provider)
    {
        builder.Entity<Programme>(b =>
        {
            b.ToTable("ProgProgrammes");
            b.ConfigureAudited();
            b.Texts(p => p.Name, "Name", ProgrammeConsts.MaxNameLength);
            b.Texts(p => p.Description, "Description", ProgrammeConsts.MaxTextLength);
        });

        builder.Entity<ProgrammeVersion>(b =>
        {
            b.ToTable("ProgVersions");
            b.ConfigureAudited();
            b.Texts(v => v.Name, "Name", ProgrammeConsts.MaxNameLength);
            b.Texts(v => v.Description, "Description", ProgrammeConsts.MaxTextLength);
            b.HasIndex(v => new { v.ProgrammeId, v.Number });
            b.HasOne<Programme>().WithMany().HasForeignKey(v => v.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
            var modules = b.Property(v => v.Modules).HasField("_modules").UsePropertyAccessMode(PropertyAccessMode.Field).HasColumnName("Modules").IsRequired(false)
                .HasConversion(m => ModuleDocument.Write(m), json => ModuleDocument.Read(json), ModuleDocument.Comparer);
            if (provider == "Npgsql.EntityFrameworkCore.PostgreSQL") modules.HasColumnType("jsonb");
            b.OwnsMany(v => v.Approvals, a =>
            {
                a.ToJson("Approvals");
                a.OwnsOne(x => x.ApprovedBy);
            });
            b.Navigation(v => v.Approvals).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.OwnsMany(v => v.History, h =>
            {
                h.ToJson("History");
                h.OwnsOne(x => x.By);
            });
            b.Navigation(v => v.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<Cohort>(b =>
        {
            b.ToTable("ProgCohorts");
            b.ConfigureAudited();
            b.Property(c => c.Name).HasMaxLength(ProgrammeConsts.MaxNameLength).IsRequired();
            b.Property(c => c.StatusReason).HasMaxLength(ProgrammeConsts.MaxTextLength);
            b.HasIndex(c => new { c.Status, c.StartsOn });
            b.HasOne<ProgrammeVersion>().WithMany().HasForeignKey(c => c.ProgrammeVersionId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
            b.Ignore(c => c.Dates);
            b.OwnsMany(c => c.Sessions, s =>
            {
                s.ToJson("Sessions");
                s.Ignore(x => x.EndsAt);
            });
            b.Navigation(c => c.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.OwnsMany(c => c.ModuleUnlocks, u => u.ToJson("ModuleUnlocks"));
            b.Navigation(c => c.ModuleUnlocks).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.OwnsMany(c => c.Deadlines, d => d.ToJson("Deadlines"));
            b.Navigation(c => c.Deadlines).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<Enrolment>(b =>
        {
            b.ToTable("ProgEnrolments");
            b.ConfigureAudited();
            b.Property(e => e.Reason).HasMaxLength(ProgrammeConsts.MaxTextLength);
            b.HasIndex(e => new { e.CohortId, e.Status, e.PlacementNumber });
            b.HasIndex(e => e.PersonId);
            b.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.OwnsOne(e => e.NominatedBy, a => a.ToJson("NominatedBy"));
            b.OwnsOne(e => e.DecidedBy, a => a.ToJson("DecidedBy"));
            b.OwnsMany(e => e.Modules, m => m.ToJson("Modules"));
            b.OwnsMany(e => e.Attendance, a =>
            {
                a.ToJson("Attendance");
                a.OwnsOne(x => x.RegisteredBy);
            });
            b.OwnsMany(e => e.Submissions, s =>
            {
                s.ToJson("Submissions");
                s.OwnsOne(x => x.ReviewedBy);
            });
        });

        builder.Entity<ReflectionNote>(b =>
        {
            b.ToTable("ProgReflectionNotes");
            b.ConfigureAudited();
            // Ciphertext in base64 is a third longer than the text's UTF-8 bytes, which may be three per character: no fixed limit.
            b.Property(n => n.ProtectedText).IsRequired();
            b.Ignore(n => n.IsProtected);
            b.HasIndex(n => new { n.AuthorPersonId, n.EnrolmentId });
            b.HasOne<Enrolment>().WithMany().HasForeignKey(n => n.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<MilestoneRun>(b =>
        {
            b.ToTable("ProgMilestoneRuns");
            b.Property(r => r.Key).HasMaxLength(100).IsRequired();
            b.Property(r => r.ResultKey).HasMaxLength(100).IsRequired();
            b.HasIndex(r => new { r.CohortId, r.Key, r.RanAt });
            b.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Certificate>(b =>
        {
            b.ToTable("ProgCertificates");
            b.ConfigureAudited();
            b.Property(c => c.PersonName).HasMaxLength(OrganisationConsts.MaxNameLength * 2).IsRequired();
            b.Property(c => c.ProgrammeName).HasMaxLength(ProgrammeConsts.MaxNameLength).IsRequired();
            b.Property(c => c.CohortName).HasMaxLength(ProgrammeConsts.MaxNameLength).IsRequired();
            b.Property(c => c.VerificationCode).HasMaxLength(16).IsRequired();
            b.HasIndex(c => c.VerificationCode).IsUnique();
            b.HasIndex(c => c.EnrolmentId).IsUnique();
            b.HasOne<Enrolment>().WithMany().HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    /// <summary>
    /// A translated text as three columns: bokmål in the column the text always had (<paramref name="column"/>),
    /// nynorsk and English beside it, empty until translated.
    /// </summary>
    private static void Texts<T>(this EntityTypeBuilder<T> b, System.Linq.Expressions.Expression<Func<T, TranslatedText?>> property, string column, int maxLength) where T : class =>
        b.ComplexProperty(property, c =>
        {
            c.Property(t => t.Nb).HasColumnName(column).HasMaxLength(maxLength).IsRequired();
            c.Property(t => t.Nn).HasColumnName(column + "Nn").HasMaxLength(maxLength);
            c.Property(t => t.En).HasColumnName(column + "En").HasMaxLength(maxLength);
        });
}
