using Microsoft.EntityFrameworkCore;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// The pulse's two tables: which occurrence has its pulse (unique per target, so that no two runs open two), and the one row of
/// settings.
/// </summary>
internal static class PulseModelConfiguration
{
    public static void ConfigureEvaluationPulses(this ModelBuilder builder)
    {
        builder.Entity<EvaluationPulse>(b =>
        {
            b.ToTable("EvPulses");
            b.HasKey(p => p.EvaluationId);
            b.HasIndex(p => new { p.TargetKind, p.TargetId }).IsUnique();
            b.HasOne<Evaluation>().WithMany().HasForeignKey(p => p.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PulseSettings>(b =>
        {
            b.ToTable("EvPulseSettings");
            b.ConfigureAudited();
            b.HasOne<QuestionSet>().WithMany().HasForeignKey(s => s.QuestionSetId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}
