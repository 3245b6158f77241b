using Microsoft.EntityFrameworkCore;
using NavLederprogram.Notifications;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Notifications;

/// <summary>
/// Notifications to the person or their user, the e-mails sent for them or to their address, and e-mail preferences; all deleted.
/// E-mails to others that name the person (a coordinator told of an enrolment) keep their text with the name replaced.
/// </summary>
public sealed class NotificationsPersonalData(NavLederprogramDbContext db) : IPersonalDataSource
{
    public const string Notifications = "Notifications";
    public const string Emails = "NotificationEmails";
    public const string Preferences = "NotificationPreferences";

    public string Module => "Notifications";

    public IReadOnlyList<PersonalDataKind> Kinds { get; } =
        [new(Notifications, PersonalDataBasis.PublicTask), new(Emails, PersonalDataBasis.PublicTask), new(Preferences, PersonalDataBasis.PublicTask)];

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct)
    {
        var notifications = await NotificationsOf(subject).AsNoTracking().ToListAsync(ct);
        var entries = notifications.Select(n => PersonalDataEntry.Of(Notifications, ("kind", n.Kind), ("template", n.TemplateKey),
            ("arguments", string.Join(" | ", n.Arguments)), ("createdAt", n.CreationTime), ("readAt", n.ReadAt))).ToList();
        var emails = await EmailsOf(subject).AsNoTracking().ToListAsync(ct);
        entries.AddRange(emails.Select(e => PersonalDataEntry.Of(Emails, ("to", e.To), ("subject", e.Subject), ("text", e.TextBody), ("sentAt", e.SentAt))));
        if (subject.UserId is { } userId)
        {
            var preferences = await db.Set<NotificationPreference>().AsNoTracking().Where(p => p.UserId == userId).ToListAsync(ct);
            entries.AddRange(preferences.Select(p => PersonalDataEntry.Of(Preferences, ("kind", p.Kind), ("emailEnabled", p.EmailEnabled))));
        }
        return new(Module, entries);
    }

    public async Task<IReadOnlyList<ErasureStep>> PlanErasureAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        var steps = new List<ErasureStep>
        {
            new(Module, Notifications, ErasureAction.Delete, await NotificationsOf(subject).CountAsync(ct)),
            new(Module, Emails, ErasureAction.Delete, await EmailsOf(subject).CountAsync(ct)),
        };
        if (subject.FullName is { Length: > 0 } name)
        {
            steps.Add(new(Module, Notifications, ErasureAction.Anonymise, await OtherNotificationsNaming(subject, name).CountAsync(ct)));
            steps.Add(new(Module, Emails, ErasureAction.Anonymise, await OthersNaming(subject, name).CountAsync(ct)));
        }
        if (subject.UserId is { } userId)
            steps.Add(new(Module, Preferences, ErasureAction.Delete, await db.Set<NotificationPreference>().CountAsync(p => p.UserId == userId, ct)));
        return steps;
    }

    public async Task EraseAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        await EmailsOf(subject).ExecuteDeleteAsync(ct);
        await NotificationsOf(subject).ExecuteDeleteAsync(ct);
        if (subject.UserId is { } userId) await db.Set<NotificationPreference>().Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        if (subject.FullName is { Length: > 0 } name && subject.PersonId is { } id)
        {
            var code = ErasedPerson.Code(id);
            foreach (var notification in await OtherNotificationsNaming(subject, name).ToListAsync(ct)) notification.ReplaceName(name, code);
            await db.SaveChangesAsync(ct);
            await OthersNaming(subject, name).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Subject, e => e.Subject.Replace(name, code))
                .SetProperty(e => e.TextBody, e => e.TextBody.Replace(name, code))
                .SetProperty(e => e.HtmlBody, e => e.HtmlBody.Replace(name, code)), ct);
        }
    }

    private IQueryable<Notification> NotificationsOf(PersonalDataSubject subject)
    {
        var (personId, userId) = (subject.PersonId ?? Guid.Empty, subject.UserId ?? Guid.Empty);
        return db.Set<Notification>().Where(n => n.PersonId == personId || n.UserId == userId);
    }

    private IQueryable<NotificationEmail> EmailsOf(PersonalDataSubject subject)
    {
        var mine = NotificationsOf(subject).Select(n => n.Id);
        if (subject.Email is not { Length: > 0 } email) return db.Set<NotificationEmail>().Where(e => mine.Contains(e.NotificationId));
        return db.Set<NotificationEmail>().Where(e => mine.Contains(e.NotificationId) || e.To == email);
    }

    /// <summary>Notifications to others that name the person as an argument (a leader who asked a colleague for 360° feedback).</summary>
    private IQueryable<Notification> OtherNotificationsNaming(PersonalDataSubject subject, string name) =>
        db.Set<Notification>().Except(NotificationsOf(subject)).Where(n => n.Arguments.Any(a => a.Contains(name)));

    private IQueryable<NotificationEmail> OthersNaming(PersonalDataSubject subject, string name) =>
        db.Set<NotificationEmail>().Except(EmailsOf(subject))
            .Where(e => e.Subject.Contains(name) || e.TextBody.Contains(name) || e.HtmlBody.Contains(name));
}
