using Microsoft.EntityFrameworkCore;
using NavLederprogram.Audit;

namespace NavLederprogram.EntityFrameworkCore.Audit;

internal static class AuditModelConfiguration
{
    public static void ConfigureAudit(this ModelBuilder builder)
    {
        builder.Entity<AuditEntry>(b =>
        {
            b.ToTable("AudEntries");
            b.HasKey(e => e.Sequence);
            b.Property(e => e.Sequence).ValueGeneratedNever();
            b.Property(e => e.Action).HasMaxLength(100).IsRequired();
            b.Property(e => e.ActorClientId).HasMaxLength(100);
            b.Property(e => e.RemoteAddress).HasMaxLength(64);
            b.Property(e => e.Target).HasMaxLength(200);
            b.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
            b.Property(e => e.Hash).HasMaxLength(64).IsRequired();
            b.Ignore(e => e.ProtectionOwner);
            b.HasIndex(e => e.OccurredAt);
            b.HasIndex(e => new { e.Kind, e.OccurredAt });
            b.HasIndex(e => e.SubjectPersonId);
            b.HasIndex(e => e.SubjectUserId);
            b.HasIndex(e => e.ActorUserId);
        });
        builder.Entity<AuditChainHead>(b =>
        {
            b.ToTable("AudChainHead");
            b.HasKey(h => h.Id);
            b.Property(h => h.Id).ValueGeneratedNever();
            b.Property(h => h.LastHash).HasMaxLength(64).IsRequired();
            b.Property(h => h.PurgedAnchorHash).HasMaxLength(64).IsRequired();
            // The row exists from the migration on, so that appenders only ever lock it and never race to create it.
            b.HasData(new
            {
                Id = AuditChainHead.SingletonId,
                LastSequence = 0L,
                LastHash = AuditChain.Genesis,
                PurgedThroughSequence = 0L,
                PurgedAnchorHash = AuditChain.Genesis,
            });
        });
        builder.Entity<AuditChainVerification>(b =>
        {
            b.ToTable("AudChainVerifications");
            b.HasKey(v => v.Id);
            b.Property(v => v.Id).ValueGeneratedNever();
            b.Ignore(v => v.IsBroken);
        });
    }
}
