using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;

namespace NavLederprogram.EntityFrameworkCore.Competence;

public sealed class CompetenceReminders(NavLederprogramDbContext db) : ICompetenceReminders
{
    public async Task<IReadOnlyList<DueCompetenceReminder>> GetUnsentAsync(int max, CancellationToken ct = default) =>
        await (from r in db.Set<CompetenceReminder>().AsNoTracking()
               where r.SentAt == null
               // A retired area still names the reminders queued for it.
               join a in db.Set<CompetenceArea>().IgnoreQueryFilters() on r.CompetenceAreaId equals a.Id
               orderby r.QueuedAt, r.Id
               select new DueCompetenceReminder(r.Id, r.PersonId, r.ValidUntil, new LocalizedText(a.Name.Nb, a.Name.Nn, a.Name.En)))
            .Take(max).ToListAsync(ct);

    public Task MarkSentAsync(IReadOnlyCollection<Guid> reminderIds, DateTime sentAt, CancellationToken ct = default) =>
        db.Set<CompetenceReminder>().Where(r => reminderIds.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.SentAt, sentAt), ct);
}
