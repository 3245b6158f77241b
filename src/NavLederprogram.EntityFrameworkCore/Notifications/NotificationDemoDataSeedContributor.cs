using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;

namespace NavLederprogram.EntityFrameworkCore.Notifications;

/// <summary>
/// A few notifications for the demo leader, so that the bell has something to show where demo users exist. Only
/// in-app: no e-mail goes to demo addresses. Each has a key of its own, so a second run adds nothing.
/// </summary>
public sealed class NotificationDemoDataSeedContributor(NavLederprogramDbContext db, IOptions<IdentitySeedOptions> options, TimeProvider clock)
    : IDataSeedContributor
{
    public int Order => 50;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!options.Value.SeedDemoUsers) return;
        var leader = await (from u in db.Users
                            where u.UserName == "leder"
                            join p in db.People on (Guid?)u.Id equals p.UserId
                            select new { PersonId = p.Id, UserId = u.Id }).FirstOrDefaultAsync(ct);
        if (leader is null) return;

        var now = clock.GetUtcNow().UtcDateTime;
        var today = OsloTime.Today(clock);
        NotificationMessage[] messages =
        [
            new(NotificationKind.Cohort, "Cohort.EnrolmentOpened", ["Lederprogrammet, kull høsten 2027", today.AddDays(30).ToString("yyyy-MM-dd")], "/", "demo:enrolment-opened"),
            new(NotificationKind.CompetenceExpiry, "Competence.Expiring", ["Arbeidsevnevurdering", today.AddDays(45).ToString("yyyy-MM-dd")], "/competence/my", "demo:competence-expiring"),
            new(NotificationKind.Reminder, "Cohort.GatheringReminder", ["Lederprogrammet, kull våren 2027", "Samling 2: Ledelse i partnerskap",
                new DateTimeOffset(today.AddDays(14).ToDateTime(new TimeOnly(9, 0)), OsloTime.Zone.GetUtcOffset(today.AddDays(14).ToDateTime(new TimeOnly(9, 0)))).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ"),
                "Stjørdal"], "/", "demo:gathering-reminder"),
        ];
        var keys = messages.Select(m => m.DeduplicationKey).ToList();
        var existing = await db.Set<Notification>().Where(n => n.PersonId == leader.PersonId && keys.Contains(n.DeduplicationKey)).Select(n => n.DeduplicationKey).ToListAsync(ct);
        var minutes = 0;
        foreach (var message in messages.Where(m => !existing.Contains(m.DeduplicationKey)))
            db.Add(new Notification(Guid.CreateVersion7(), leader.PersonId, leader.UserId, message, now.AddMinutes(-(minutes += 90))));
        await db.SaveChangesAsync(ct);
    }
}
