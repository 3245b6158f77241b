using Microsoft.EntityFrameworkCore;
using NavLederprogram.Development;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// 360° feedback's tables (prefix Dev). The round's self-ratings and evidence requests are read and written whole with it, so they
/// are JSON documents. Invitees are rows of their own (looked up by token hash); an answer is one row whose ratings are a JSON
/// document of the same row, so no second table gives the answers an insertion order.
/// </summary>
internal static class LeadershipFeedbackModelConfiguration
{
    public static void ConfigureLeadershipFeedback(this ModelBuilder builder)
    {
        builder.Entity<FeedbackRound>(b =>
        {
            b.ToTable("DevFeedbackRounds");
            b.ConfigureAudited();
            b.Property(r => r.Title).HasMaxLength(FeedbackRoundConsts.TitleMax).IsRequired();
            b.HasIndex(r => r.PersonId);
            b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.Ignore(r => r.AreaIds);
            b.OwnsMany(r => r.SelfRatings, s => s.ToJson("SelfRatings"));
            b.Navigation(r => r.SelfRatings).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.OwnsMany(r => r.EvidenceRequests, e => e.ToJson("EvidenceRequests"));
            b.Navigation(r => r.EvidenceRequests).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<FeedbackInvitee>(b =>
        {
            b.ToTable("DevFeedbackInvitees");
            b.HasKey(i => new { i.RoundId, i.PersonId });
            // An answer and a reminder's new link each change the row only as it was read: two answers on one link cannot both land.
            b.Property(i => i.TokenHash).HasMaxLength(64).IsRequired().IsConcurrencyToken();
            b.Property(i => i.Answered).IsConcurrencyToken();
            b.HasIndex(i => i.TokenHash).IsUnique();
            b.HasIndex(i => i.PersonId);
            b.HasOne<FeedbackRound>().WithMany().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<FeedbackResponse>(b =>
        {
            b.ToTable("DevFeedbackResponses");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Comment).HasMaxLength(FeedbackRoundConsts.CommentMax);
            b.HasIndex(r => r.RoundId);
            b.HasOne<FeedbackRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
            b.OwnsMany(r => r.Ratings, x => x.ToJson("Ratings"));
            b.Navigation(r => r.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
    }
}
