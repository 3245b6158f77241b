using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore;

internal static class CourseCertificateModelConfiguration
{
    public static void ConfigureCourseCertificates(this ModelBuilder builder) =>
        builder.Entity<CourseCertificate>(b =>
        {
            b.ToTable("ELearningCourseCertificates");
            b.ConfigureAudited();
            b.Property(c => c.PersonName).HasMaxLength(OrganisationConsts.MaxNameLength * 2).IsRequired();
            b.ComplexProperty(c => c.CourseTitle, t =>
            {
                t.Property(x => x.Nb).HasColumnName("CourseTitle").HasMaxLength(ELearningConsts.TitleMax).IsRequired();
                t.Property(x => x.Nn).HasColumnName("CourseTitleNn").HasMaxLength(ELearningConsts.TitleMax);
                t.Property(x => x.En).HasColumnName("CourseTitleEn").HasMaxLength(ELearningConsts.TitleMax);
            });
            b.Property(c => c.VerificationCode).HasMaxLength(16).IsRequired();
            b.HasIndex(c => c.VerificationCode).IsUnique();
            b.HasIndex(c => c.EnrolmentId).IsUnique();
            b.HasOne<CourseEnrolment>().WithMany().HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        });
}
