using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Evaluations;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// Evaluations' tables (prefix Ev). Who answered (EvRespondents) and what was answered (EvResponses, EvAnswers) are tables
/// with no column in common but the evaluation: no person, user, time or ordered id on a response, and neither table is
/// audited. The respondent and answer tables hang off the evaluation without a navigation, so that an answer does not
/// stamp the evaluation as modified by the one who answered.
/// </summary>
internal static class EvaluationsModelConfiguration
{
    private const string Postgres = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static void ConfigureEvaluations(this ModelBuilder builder, string? provider)
    {
        builder.Entity<QuestionSet>(b =>
        {
            b.ToTable("EvQuestionSets");
            b.ConfigureAudited();
            b.ComplexProperty(s => s.Name, c =>
            {
                c.Property(t => t.Nb).HasColumnName("Name").HasMaxLength(EvaluationConsts.NameMax).IsRequired();
                c.Property(t => t.Nn).HasColumnName("NameNn").HasMaxLength(EvaluationConsts.NameMax);
                c.Property(t => t.En).HasColumnName("NameEn").HasMaxLength(EvaluationConsts.NameMax);
            });
            Questions(b.Property(s => s.Questions).HasField("_questions"), provider);
            b.HasIndex(s => s.RegionId);
        });

        builder.Entity<Evaluation>(b =>
        {
            b.ToTable("EvEvaluations");
            b.ConfigureAudited();
            b.Property(e => e.Title).HasMaxLength(EvaluationConsts.NameMax).IsRequired();
            b.Property(e => e.TargetKind).HasConversion<string>().HasMaxLength(24);
            Questions(b.Property(e => e.Questions).HasField("_questions"), provider);
            b.HasIndex(e => new { e.TargetKind, e.TargetId });
            b.HasIndex(e => new { e.OpensAt, e.ClosesAt });
            b.HasIndex(e => e.CohortId);
            b.HasIndex(e => e.RegionId);
            b.HasIndex(e => e.QuestionSetId);
            b.HasOne<QuestionSet>().WithMany().HasForeignKey(e => e.QuestionSetId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<EvaluationRespondent>(b =>
        {
            b.ToTable("EvRespondents");
            b.HasKey(r => new { r.EvaluationId, r.PersonId });
            b.HasIndex(r => r.PersonId);
            b.HasOne<Evaluation>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<EvaluationResponse>(b =>
        {
            b.ToTable("EvResponses");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.HasIndex(r => r.EvaluationId);
            b.HasOne<Evaluation>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Cascade);
            b.OwnsMany(r => r.Answers, a =>
            {
                a.ToTable("EvAnswers");
                a.WithOwner().HasForeignKey("ResponseId");
                a.HasKey("ResponseId", nameof(EvaluationAnswer.QuestionId));
                a.Property(x => x.Text).HasMaxLength(EvaluationConsts.TextMax);
                a.Property(x => x.ReviewedText).HasMaxLength(EvaluationConsts.TextMax);
                a.Property(x => x.Review).HasConversion<string>().HasMaxLength(16);
                a.HasIndex(x => new { x.QuestionId, x.Review });
                a.Ignore(x => x.ReleasedText);
            });
            b.Navigation(r => r.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
    }

    private static void Questions(Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<IReadOnlyList<EvaluationQuestion>> property, string? provider)
    {
        property.UsePropertyAccessMode(PropertyAccessMode.Field).HasColumnName("Questions").IsRequired()
            .HasConversion(q => QuestionDocument.Write(q), json => QuestionDocument.Read(json), QuestionDocument.Comparer);
        if (provider == Postgres) property.HasColumnType("jsonb");
    }
}
