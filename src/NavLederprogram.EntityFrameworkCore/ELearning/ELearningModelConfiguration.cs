using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore.ELearning;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// Courses, their versions and learners' enrolments. A version's lessons and grants, and a learner's progress, are read
/// and written whole with their aggregate, so they are JSON documents in its row rather than tables of their own.
/// </summary>
internal static class ELearningModelConfiguration
{
    private const string Postgres = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static void ConfigureELearning(this ModelBuilder builder, string? provider)
    {
        builder.Entity<Course>(b =>
        {
            b.ToTable("ELearningCourses");
            b.ConfigureAudited();
            b.Property(c => c.Code).HasMaxLength(ELearningConsts.CodeMax).IsRequired();
            b.HasIndex(c => c.Code).IsUnique().HasFilter(OrganisationModelConfiguration.NotDeletedFilter(provider));
        });

        builder.Entity<CourseVersion>(b =>
        {
            b.ToTable("ELearningCourseVersions");
            b.ConfigureAudited();
            b.Texts(v => v.Title, "Title", ELearningConsts.TitleMax);
            b.Texts(v => v.Summary, "Summary", ELearningConsts.SummaryMax);
            b.Texts(v => v.Description, "Description", ELearningConsts.DescriptionMax);
            b.Property(v => v.ContentLanguage).HasMaxLength(ELearningConsts.LanguageMax).IsRequired();
            b.HasIndex(v => new { v.CourseId, v.Number });
            b.HasOne<Course>().WithMany().HasForeignKey(v => v.CourseId).OnDelete(DeleteBehavior.Restrict);
            b.Property(v => v.TargetJobRoleIds);
            var grants = b.Property(v => v.Grants).HasColumnName("Grants").IsRequired()
                .HasConversion(g => CourseDocuments.WriteGrants(g), json => CourseDocuments.ReadGrants(json), CourseDocuments.GrantsComparer);
            var lessons = b.Property(v => v.Lessons).HasField("_lessons").UsePropertyAccessMode(PropertyAccessMode.Field).HasColumnName("Lessons")
                .IsRequired().HasConversion(l => CourseDocuments.WriteLessons(l), json => CourseDocuments.ReadLessons(json), CourseDocuments.LessonsComparer);
            if (provider == Postgres)
            {
                grants.HasColumnType("jsonb");
                lessons.HasColumnType("jsonb");
            }
        });

        builder.Entity<CourseEnrolment>(b =>
        {
            b.ToTable("ELearningEnrolments");
            b.ConfigureAudited();
            b.HasIndex(e => new { e.PersonId, e.CourseId }).IsUnique().HasFilter(OrganisationModelConfiguration.NotDeletedFilter(provider));
            b.HasIndex(e => new { e.CourseId, e.CompletedAt });
            b.HasIndex(e => e.CourseVersionId);
            b.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<CourseVersion>().WithMany().HasForeignKey(e => e.CourseVersionId).OnDelete(DeleteBehavior.Restrict);
            b.Property(e => e.QuizBestScorePercent).HasPrecision(5, 2);
            b.Property(e => e.ScormScorePercent).HasPrecision(5, 2);
            b.Ignore(e => e.IsCompleted);
            b.OwnsMany(e => e.Lessons, l => l.ToJson("Lessons"));
        });
    }

    /// <summary>A translated text as three columns: bokmål in <paramref name="column"/>, nynorsk and English beside it.</summary>
    private static void Texts<T>(this EntityTypeBuilder<T> b, System.Linq.Expressions.Expression<Func<T, TranslatedText?>> property, string column, int maxLength)
        where T : class =>
        b.ComplexProperty(property, c =>
        {
            c.Property(t => t.Nb).HasColumnName(column).HasMaxLength(maxLength).IsRequired();
            c.Property(t => t.Nn).HasColumnName(column + "Nn").HasMaxLength(maxLength);
            c.Property(t => t.En).HasColumnName(column + "En").HasMaxLength(maxLength);
        });
}
