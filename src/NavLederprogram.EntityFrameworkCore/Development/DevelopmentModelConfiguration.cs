using Microsoft.EntityFrameworkCore;
using NavLederprogram.Development;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// Development's tables (prefix Dev). A plan's goals, progress notes and feedback are read and written whole with the plan, so they
/// are JSON documents; indicator values are rows, since they are imported by the thousand and charted per office. Coaching notes
/// and private notes are ciphertext in rows of their own that no report reads.
/// </summary>
internal static class DevelopmentModelConfiguration
{
    public static void ConfigureDevelopment(this ModelBuilder builder, string? provider)
    {
        // Uniqueness applies to live rows only, so a deleted row does not block its successor.
        var notDeleted = OrganisationModelConfiguration.NotDeletedFilter(provider);
        builder.Entity<ResultIndicator>(b =>
        {
            b.ToTable("DevIndicators");
            b.ConfigureAudited();
            b.Property(i => i.Code).HasMaxLength(DevelopmentConsts.CodeMax).IsRequired();
            b.HasIndex(i => i.Code).IsUnique().HasFilter(notDeleted);
            b.ComplexProperty(i => i.Name, c =>
            {
                c.Property(t => t.Nb).HasColumnName("Name").HasMaxLength(DevelopmentConsts.TitleMax).IsRequired();
                c.Property(t => t.Nn).HasColumnName("NameNn").HasMaxLength(DevelopmentConsts.TitleMax);
                c.Property(t => t.En).HasColumnName("NameEn").HasMaxLength(DevelopmentConsts.TitleMax);
            });
            b.Property(i => i.ValueKind).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.PeriodKind).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.Unit).HasMaxLength(DevelopmentConsts.UnitMax);
        });

        builder.Entity<IndicatorValue>(b =>
        {
            b.ToTable("DevIndicatorValues");
            b.ConfigureAudited();
            b.Property(v => v.Value).HasPrecision(18, 4);
            b.Property(v => v.Source).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(v => new { v.IndicatorId, v.OfficeId, v.Period }).IsUnique().HasFilter(notDeleted);
            b.HasIndex(v => new { v.OfficeId, v.Period });
            b.HasOne<ResultIndicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Office>().WithMany().HasForeignKey(v => v.OfficeId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<DevelopmentPlan>(b =>
        {
            b.ToTable("DevPlans");
            b.ConfigureAudited();
            b.HasIndex(p => new { p.PersonId, p.CohortId }).IsUnique().HasFilter(notDeleted);
            b.HasIndex(p => p.CohortId);
            b.HasIndex(p => p.CoachUserId);
            b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Office>().WithMany().HasForeignKey(p => p.OfficeId).OnDelete(DeleteBehavior.Restrict);
            b.OwnsMany(p => p.Goals, g =>
            {
                g.ToJson("Goals");
                g.Property(x => x.Status).HasConversion<string>();
                g.Ignore(x => x.IsAgreed);
            });
            b.Navigation(p => p.Goals).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.OwnsMany(p => p.ProgressNotes, n => n.ToJson("ProgressNotes"));
            b.Navigation(p => p.ProgressNotes).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.OwnsMany(p => p.Feedback, f => f.ToJson("Feedback"));
            b.Navigation(p => p.Feedback).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<CoachingSession>(b =>
        {
            b.ToTable("DevCoachingSessions");
            b.ConfigureAudited();
            b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.Place).HasMaxLength(DevelopmentConsts.PlaceMax);
            b.Property(s => s.VideoLink).HasMaxLength(DevelopmentConsts.LinkMax);
            // Ciphertext: longer than the text it protects, and no length limit the database could cut it at.
            b.Property(s => s.ProtectedNotes);
            b.HasIndex(s => new { s.PlanId, s.StartsAt });
            b.HasOne<DevelopmentPlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<PrivateNote>(b =>
        {
            b.ToTable("DevPrivateNotes");
            b.ConfigureAudited();
            b.Property(n => n.ProtectedText).IsRequired();
            b.HasIndex(n => n.PersonId);
            b.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<DevelopmentPlan>().WithMany().HasForeignKey(n => n.PlanId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
