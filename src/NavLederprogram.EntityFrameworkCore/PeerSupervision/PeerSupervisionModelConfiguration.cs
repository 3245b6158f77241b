using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.PeerSupervision;
using NavLederprogram.Organisation;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// Peer supervision's tables (prefix Ps). Members are rows of their own, since "my groups" is asked by person; a group's
/// agreement versions and a meeting's attendance are read and written whole with their aggregate, so they are JSON documents.
/// </summary>
internal static class PeerSupervisionModelConfiguration
{
    private const string Postgres = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static void ConfigurePeerSupervision(this ModelBuilder builder, string? provider)
    {
        builder.Entity<PeerSupervisor>(b =>
        {
            b.ToTable("PsSupervisors");
            b.ConfigureAudited();
            b.HasIndex(s => new { s.PersonId, s.IsActive });
            b.HasIndex(s => new { s.RegionId, s.IsActive });
            b.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SupervisionSettings>(b =>
        {
            b.ToTable("PsSettings");
            b.ConfigureAudited();
            var grants = b.Property(s => s.ParticipationGrants).HasColumnName("ParticipationGrants").IsRequired()
                .HasConversion(g => GrantDocument.Write(g), json => GrantDocument.Read(json), GrantDocument.Comparer);
            if (provider == Postgres) grants.HasColumnType("jsonb");
        });

        builder.Entity<SupervisionGroup>(b =>
        {
            b.ToTable("PsGroups");
            b.ConfigureAudited();
            b.Property(g => g.Name).HasMaxLength(PeerSupervisionConsts.NameMax).IsRequired();
            b.Property(g => g.Kind).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(g => g.SupervisorPersonId);
            b.HasIndex(g => g.CoSupervisorPersonId);
            b.HasIndex(g => g.RegionId);
            b.HasOne<Region>().WithMany().HasForeignKey(g => g.RegionId).OnDelete(DeleteBehavior.Restrict);
            b.Ignore(g => g.CurrentAgreement);
            b.Ignore(g => g.ActiveMemberIds);
            b.OwnsMany(g => g.Members, m =>
            {
                m.ToTable("PsGroupMembers");
                m.WithOwner().HasForeignKey("GroupId");
                m.HasKey("GroupId", nameof(GroupMember.PersonId));
                m.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
                m.HasIndex(x => x.PersonId);
                m.Ignore(x => x.HoldsPlace);
            });
            b.Navigation(g => g.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.OwnsMany(g => g.Agreements, a =>
            {
                a.ToJson("Agreements");
                a.Ignore(x => x.Terms);
            });
            b.Navigation(g => g.Agreements).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.OwnsOne(g => g.Schedule, s => s.ToJson("Schedule"));
        });

        builder.Entity<SupervisionMeeting>(b =>
        {
            b.ToTable("PsMeetings");
            b.ConfigureAudited();
            b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(m => m.Place).HasMaxLength(PeerSupervisionConsts.PlaceMax);
            b.Property(m => m.VideoLink).HasMaxLength(PeerSupervisionConsts.LinkMax);
            b.HasIndex(m => new { m.GroupId, m.StartsAt });
            b.HasIndex(m => m.StartsAt);
            b.HasOne<SupervisionGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Restrict);
            b.Ignore(m => m.IsOpen);
            b.OwnsMany(m => m.Attendance, a => a.ToJson("Attendance"));
            b.Navigation(m => m.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<SupervisionCase>(b =>
        {
            b.ToTable("PsCases");
            b.ConfigureAudited();
            b.Property(c => c.Title).HasMaxLength(PeerSupervisionConsts.NameMax).IsRequired();
            b.Property(c => c.Description).HasMaxLength(PeerSupervisionConsts.CaseMax).IsRequired();
            b.HasIndex(c => new { c.GroupId, c.MeetingId });
            b.HasOne<SupervisionGroup>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<SupervisionMeeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SupervisionReflection>(b =>
        {
            b.ToTable("PsReflections");
            b.ConfigureAudited();
            // Ciphertext: longer than the text it protects, and no length limit the database could cut it at.
            b.Property(r => r.ProtectedText).IsRequired();
            b.HasIndex(r => new { r.AuthorPersonId, r.GroupId });
            b.HasIndex(r => new { r.GroupId, r.SharedWithGroupAt });
            b.HasOne<SupervisionGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
            b.Ignore(r => r.IsShared);
        });
    }
}
