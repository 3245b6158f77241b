using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore.ELearning;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// Quizzes and attempts; a quiz's questions and an attempt's frozen questions, answers and results are JSON in their row.
/// Part of the model's wiring (like <see cref="ELearningModelConfiguration"/>): an attempt's learner is a person of the register.
/// </summary>
internal static class QuizModelConfiguration
{
    public static void ConfigureQuizzes(this ModelBuilder builder, string? provider)
    {
        builder.Entity<Quiz>(b =>
        {
            b.ToTable("ELearningQuizzes");
            b.ConfigureAudited();
            b.ComplexProperty(q => q.Title, c =>
            {
                c.Property(t => t.Nb).HasColumnName("Title").HasMaxLength(QuizConsts.TitleMax).IsRequired();
                c.Property(t => t.Nn).HasColumnName("TitleNn").HasMaxLength(QuizConsts.TitleMax);
                c.Property(t => t.En).HasColumnName("TitleEn").HasMaxLength(QuizConsts.TitleMax);
            });
            b.HasIndex(q => q.CourseId);
            b.HasOne<Course>().WithMany().HasForeignKey(q => q.CourseId).OnDelete(DeleteBehavior.Restrict);
            Document(b, q => q.Questions, "_questions", "Questions", provider);
            Document(b, q => q.Draws, "_draws", "Draws", provider);
        });

        builder.Entity<QuizAttempt>(b =>
        {
            b.ToTable("ELearningQuizAttempts");
            b.ConfigureAudited();
            // The unique number is what keeps two simultaneous starts within the attempt limit.
            b.HasIndex(a => new { a.QuizId, a.PersonId, a.Number }).IsUnique();
            b.HasIndex(a => new { a.PersonId, a.CourseId });
            b.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
            b.Property(a => a.PointsPossible).HasPrecision(9, 2);
            b.Property(a => a.PointsScored).HasPrecision(9, 2);
            b.Property(a => a.ScorePercent).HasPrecision(5, 2);
            b.HasOne<Quiz>().WithMany().HasForeignKey(a => a.QuizId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.Ignore(a => a.IsOpen);
            Document(b, a => a.Questions, "_questions", "Questions", provider);
            Document(b, a => a.Answers, "_answers", "Answers", provider);
            Document(b, a => a.Results, "_results", "Results", provider);
        });
    }

    private static void Document<TEntity, TItem>(EntityTypeBuilder<TEntity> b, System.Linq.Expressions.Expression<Func<TEntity, IReadOnlyList<TItem>>> property,
        string field, string column, string? provider) where TEntity : class
    {
        var document = b.Property(property).HasField(field).UsePropertyAccessMode(PropertyAccessMode.Field).HasColumnName(column).IsRequired()
            .HasConversion(v => QuizDocument<TItem>.Write(v), json => QuizDocument<TItem>.Read(json), QuizDocument<TItem>.Comparer);
        if (provider == "Npgsql.EntityFrameworkCore.PostgreSQL") document.HasColumnType("jsonb");
    }
}
