using Microsoft.EntityFrameworkCore;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>Calendar subscriptions: one row per address ever handed out, the revoked ones kept for the audit trail.</summary>
internal static class CalendarModelConfiguration
{
    public static void ConfigureCalendar(this ModelBuilder builder, string? providerName)
    {
        var active = providerName == "Microsoft.EntityFrameworkCore.SqlServer" ? "[RevokedAt] IS NULL" : "\"RevokedAt\" IS NULL";
        builder.Entity<CalendarFeed>(b =>
        {
            b.ToTable("ProgCalendarFeeds");
            b.ConfigureAudited();
            b.Property(f => f.TokenHash).HasMaxLength(CalendarFeed.TokenHashLength).IsUnicode(false).IsRequired();
            b.Property(f => f.ProtectedToken).HasMaxLength(CalendarFeed.MaxProtectedTokenLength).IsUnicode(false);
            b.HasIndex(f => f.TokenHash).IsUnique();
            // At most one active address per user; the database guards it against two first visits at once.
            b.HasIndex(f => f.UserId).IsUnique().HasFilter(active);
            b.Ignore(f => f.IsActive);
        });
    }
}
