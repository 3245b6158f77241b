using Microsoft.EntityFrameworkCore;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore;

internal static class NotificationModelConfiguration
{
    public static void ConfigureNotifications(this ModelBuilder builder, string? providerName)
    {
        var sqlServer = providerName == "Microsoft.EntityFrameworkCore.SqlServer";
        string NotNull(string column) => sqlServer ? $"[{column}] IS NOT NULL" : $"\"{column}\" IS NOT NULL";
        // SQL Server treats NULLs as equal in a unique index: each index leaves out the rows without its recipient.
        var userHasKey = $"{NotNull("UserId")} AND {NotNull("DeduplicationKey")}";
        var personHasKey = $"{NotNull("PersonId")} AND {NotNull("DeduplicationKey")}";

        builder.Entity<Notification>(b =>
        {
            b.ToTable("NotifNotifications");
            b.HasKey(n => n.Id);
            b.Property(n => n.Id).ValueGeneratedNever();
            b.Property(n => n.TemplateKey).HasMaxLength(NotificationConsts.MaxTemplateKeyLength).IsRequired();
            b.PrimitiveCollection(n => n.Arguments).IsRequired();
            b.Property(n => n.Link).HasMaxLength(NotificationConsts.MaxLinkLength);
            b.Property(n => n.DeduplicationKey).HasMaxLength(NotificationConsts.MaxDeduplicationKeyLength);
            b.Ignore(n => n.IsRead);
            // A user, or a person reached only by e-mail, gets a message with the same key once, however often the job that sends it runs.
            b.HasIndex(n => new { n.UserId, n.DeduplicationKey }).IsUnique().HasFilter(userHasKey);
            b.HasIndex(n => new { n.PersonId, n.DeduplicationKey }).IsUnique().HasFilter(personHasKey);
            b.HasIndex(n => new { n.UserId, n.ReadAt });
            b.HasIndex(n => new { n.PersonId, n.CreationTime });
            b.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict).IsRequired(false);
            b.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<NotificationEmail>(b =>
        {
            b.ToTable("NotifEmails");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.To).HasMaxLength(NotificationConsts.MaxEmailLength).IsRequired();
            b.Property(e => e.Culture).HasMaxLength(8).IsRequired();
            b.Property(e => e.Subject).HasMaxLength(NotificationConsts.MaxSubjectLength).IsRequired();
            b.Property(e => e.TextBody).IsRequired();
            b.Property(e => e.HtmlBody).IsRequired();
            b.Property(e => e.LastError).HasMaxLength(NotificationConsts.MaxErrorLength);
            b.Ignore(e => e.IsPending);
            b.HasIndex(e => new { e.SentAt, e.NextAttemptAt });
            b.HasOne<Notification>().WithMany().HasForeignKey(e => e.NotificationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<NotificationPreference>(b =>
        {
            b.ToTable("NotifPreferences");
            b.HasKey(p => new { p.UserId, p.Kind });
            b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
