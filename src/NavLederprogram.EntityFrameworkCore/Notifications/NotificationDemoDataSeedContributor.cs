using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Notifications;

/// <summary>
/// A few notifications for the demo leader, so that the bell has something to show where demo users exist, each about
/// something the demo really holds: the Trøndelag cohort open for enrolment, the next gathering of the leader's cohort,
/// and the leader's evidence that runs out first. Only in-app: no e-mail goes to demo addresses. Each has a key of
/// its own, so a second run adds nothing. Runs after the programme's demo cohorts are seeded.
/// </summary>
public sealed class NotificationDemoDataSeedContributor(NavLederprogramDbContext db, IOptions<IdentitySeedOptions> options, TimeProvider clock)
    : IDataSeedContributor
{
    public int Order => 60;

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
        var messages = new List<NotificationMessage>();

        var open = (await db.Set<Cohort>().AsNoTracking().Where(c => c.Status == CohortStatus.EnrolmentOpen).ToListAsync(ct))
            .OrderBy(c => c.StartsOn).FirstOrDefault();
        if (open is not null)
            messages.Add(new(NotificationKind.Cohort, "Cohort.EnrolmentOpened", [open.Name, Iso(open.EnrolmentClosesOn)], "/cohorts", "demo:enrolment-opened"));

        var mine = await db.Set<Enrolment>().AsNoTracking().Where(e => e.PersonId == leader.PersonId && e.Status == EnrolmentStatus.Enrolled)
            .Select(e => e.CohortId).ToListAsync(ct);
        var running = (await db.Set<Cohort>().AsNoTracking().Where(c => mine.Contains(c.Id) && c.Status == CohortStatus.Running).ToListAsync(ct)).FirstOrDefault();
        var next = running?.Sessions.Where(s => s.StartsAt > now).OrderBy(s => s.StartsAt).FirstOrDefault();
        if (running is not null && next is not null)
            messages.Add(new(NotificationKind.Reminder, "Cohort.GatheringReminder",
                [running.Name, next.Title, next.StartsAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), next.Place ?? next.VideoLink ?? ""],
                "/my-programme", "demo:gathering-reminder"));

        var expiring = await (from e in db.Set<CompetenceEvidence>().AsNoTracking()
                              where e.PersonId == leader.PersonId && e.ValidUntil != null && e.ValidUntil >= today
                              join a in db.Set<CompetenceArea>() on e.CompetenceAreaId equals a.Id
                              orderby e.ValidUntil
                              select new { a.Name.Nb, e.ValidUntil }).FirstOrDefaultAsync(ct);
        if (expiring is not null)
            messages.Add(new(NotificationKind.CompetenceExpiry, "Competence.Expiring", [expiring.Nb, Iso(expiring.ValidUntil!.Value)], "/competence/my", "demo:competence-expiring"));

        var keys = messages.Select(m => m.DeduplicationKey).ToList();
        var existing = await db.Set<Notification>().Where(n => n.UserId == leader.UserId && keys.Contains(n.DeduplicationKey)).Select(n => n.DeduplicationKey).ToListAsync(ct);
        var minutes = 0;
        foreach (var message in messages.Where(m => !existing.Contains(m.DeduplicationKey)))
            db.Add(new Notification(Guid.CreateVersion7(), leader.PersonId, leader.UserId, message, now.AddMinutes(-(minutes += 90))));
        await db.SaveChangesAsync(ct);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
