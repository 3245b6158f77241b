using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Identity;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.Localization;
using NavLederprogram.Notifications;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Notifications;

public sealed class NotificationRepository(NavLederprogramDbContext db, OrganisationReadModels organisation, IdentityReadModels identity)
    : INotificationRepository
{
    private DbSet<Notification> Notifications => db.Set<Notification>();

    public async Task<IReadOnlyList<NotificationRecipient>> GetUserRecipientsAsync(IReadOnlyCollection<Guid> userIds, NotificationKind kind, CancellationToken ct = default)
    {
        var rows = await (from u in identity.Users
                          where userIds.Contains(u.Id)
                          join p in organisation.People on (Guid?)u.Id equals p.UserId into people
                          from p in people.DefaultIfEmpty()
                          select new
                          {
                              UserId = u.Id,
                              PersonId = (Guid?)p.Id,
                              PersonEmail = p.Email,
                              UserEmail = u.Email,
                              Culture = u.PreferredCulture,
                              EmailOff = db.Set<NotificationPreference>().Any(x => x.UserId == u.Id && x.Kind == kind && !x.EmailEnabled),
                          }).ToListAsync(ct);
        return rows.Select(r => new NotificationRecipient(r.UserId, r.PersonId,
            string.IsNullOrWhiteSpace(r.PersonEmail) ? r.UserEmail : r.PersonEmail, LocalizationTexts.Normalize(r.Culture), !r.EmailOff)).ToList();
    }

    public async Task<IReadOnlyList<NotificationRecipient>> GetPersonRecipientsAsync(IReadOnlyCollection<Guid> personIds, NotificationKind kind, CancellationToken ct = default)
    {
        var rows = await (from p in organisation.People
                          where personIds.Contains(p.Id)
                          join u in identity.Users on p.UserId equals u.Id into users
                          from u in users.DefaultIfEmpty()
                          select new
                          {
                              p.Id,
                              UserId = (Guid?)u.Id,
                              PersonEmail = p.Email,
                              UserEmail = u.Email,
                              Culture = u.PreferredCulture,
                              EmailOff = db.Set<NotificationPreference>()
                                  .Any(x => x.UserId == p.UserId && x.Kind == kind && !x.EmailEnabled),
                          }).ToListAsync(ct);
        return rows.Select(r => new NotificationRecipient(r.UserId, r.Id,
            string.IsNullOrWhiteSpace(r.PersonEmail) ? r.UserEmail : r.PersonEmail, LocalizationTexts.Normalize(r.Culture), !r.EmailOff)).ToList();
    }

    public async Task<IReadOnlySet<Guid>> GetAlreadyNotifiedAsync(IReadOnlyCollection<Guid> userIds, IReadOnlyCollection<Guid> personIds, string deduplicationKey, CancellationToken ct = default)
    {
        var saved = await Notifications.AsNoTracking()
            .Where(n => n.DeduplicationKey == deduplicationKey
                && ((n.UserId != null && userIds.Contains(n.UserId.Value)) || (n.PersonId != null && personIds.Contains(n.PersonId.Value))))
            .Select(n => new { n.UserId, n.PersonId }).ToListAsync(ct);
        // Queued earlier in the same unit of work, not saved yet.
        var queued = Notifications.Local.Where(n => n.DeduplicationKey == deduplicationKey).Select(n => new { n.UserId, n.PersonId });
        return saved.Concat(queued)
            .SelectMany(n => new[] { n.UserId, n.PersonId })
            .Where(id => id is not null && (userIds.Contains(id.Value) || personIds.Contains(id.Value)))
            .Select(id => id!.Value).ToHashSet();
    }

    public async Task InsertAsync(Notification notification, NotificationEmail? email, CancellationToken ct = default)
    {
        await db.AddAsync(notification, ct);
        if (email is not null) await db.AddAsync(email, ct);
    }

    private IQueryable<Notification> ForUser(Guid userId) =>
        Notifications.Where(n => n.UserId == userId
            || (n.UserId == null && organisation.People.Any(p => p.Id == n.PersonId && p.UserId == userId)));

    public async Task<Page<Notification>> GetPageForUserAsync(Guid userId, bool unreadOnly, int skipCount, int maxResultCount, CancellationToken ct = default)
    {
        var query = ForUser(userId).AsNoTracking();
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.CreationTime).ThenByDescending(n => n.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(ct);
        return new Page<Notification>(total, items);
    }

    public Task<int> CountUnreadAsync(Guid userId, CancellationToken ct = default) => ForUser(userId).CountAsync(n => n.ReadAt == null, ct);

    public Task<Notification?> FindForUserAsync(Guid id, Guid userId, CancellationToken ct = default) =>
        ForUser(userId).FirstOrDefaultAsync(n => n.Id == id, ct);

    public Task<int> MarkAllReadAsync(Guid userId, DateTime now, CancellationToken ct = default) =>
        ForUser(userId).Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);

    public async Task<IReadOnlyList<NotificationPreference>> GetPreferencesAsync(Guid userId, CancellationToken ct = default) =>
        await db.Set<NotificationPreference>().Where(p => p.UserId == userId).ToListAsync(ct);

    public async Task InsertPreferenceAsync(NotificationPreference preference, CancellationToken ct = default) => await db.AddAsync(preference, ct);

    public async Task<IReadOnlyList<NotificationEmail>> GetDueEmailsAsync(DateTime now, int max, CancellationToken ct = default) =>
        await db.Set<NotificationEmail>()
            .Where(e => e.SentAt == null && e.Attempts < NotificationConsts.MaxEmailAttempts && e.NextAttemptAt <= now)
            .OrderBy(e => e.NextAttemptAt).ThenBy(e => e.Id).Take(max).ToListAsync(ct);
}
