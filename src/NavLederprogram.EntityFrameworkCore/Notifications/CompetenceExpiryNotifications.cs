using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Localization;
using NavLederprogram.Notifications;

namespace NavLederprogram.EntityFrameworkCore.Notifications;

/// <summary>
/// Turns the expiry reminders the Competence module queued into <c>Competence.Expiring</c> notifications and marks
/// them sent. The deduplication key is the reminder's id, so a run that stops half-way sends nothing twice.
/// </summary>
public sealed class CompetenceExpiryNotifications(NavLederprogramDbContext db, INotificationSender sender, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public const string TemplateKey = "Competence.Expiring";
    public const string Link = "/competence/my";
    private const int BatchSize = 200;

    public static string DeduplicationKey(Guid reminderId) => $"competence-reminder:{reminderId:N}";

    /// <summary>Handles every reminder not yet sent; returns how many.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var total = 0;
        while (true)
        {
            var due = await (from r in db.Set<CompetenceReminder>().AsNoTracking()
                             where r.SentAt == null
                             join a in db.Set<CompetenceArea>().IgnoreQueryFilters() on r.CompetenceAreaId equals a.Id
                             join p in db.People.IgnoreAutoIncludes() on r.PersonId equals p.Id into people
                             from p in people.DefaultIfEmpty()
                             join u in db.Users on p.UserId equals (Guid?)u.Id into users
                             from u in users.DefaultIfEmpty()
                             orderby r.QueuedAt, r.Id
                             select new { r.Id, r.PersonId, r.ValidUntil, a.Name.Nb, a.Name.Nn, a.Name.En, Exists = p != null, Culture = u.PreferredCulture })
                .Take(BatchSize).ToListAsync(ct);
            if (due.Count == 0) return total;

            foreach (var r in due.Where(r => r.Exists))
            {
                // Arguments are plain text: the competence is named in the language the person chose.
                var name = new LocalizedText(r.Nb, r.Nn, r.En).In(LocalizationTexts.Normalize(r.Culture));
                await sender.NotifyPeopleAsync([r.PersonId], new NotificationMessage(NotificationKind.CompetenceExpiry, TemplateKey,
                    [name, r.ValidUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], Link, DeduplicationKey(r.Id)), ct);
            }
            await unitOfWork.SaveChangesAsync(ct);
            var ids = due.Select(r => r.Id).ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Set<CompetenceReminder>().Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.SentAt, now), ct);
            total += due.Count;
        }
    }
}
