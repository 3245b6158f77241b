namespace NavLederprogram.Competence;

/// <summary>An expiry reminder the Competence module queued and nobody has sent yet, with the competence's name.</summary>
[ModuleContract]
public sealed record DueCompetenceReminder(Guid Id, Guid PersonId, DateOnly ValidUntil, LocalizedText CompetenceName);

/// <summary>The queue of expiry reminders as the module that sends them sees it; the queue stays Competence's table.</summary>
[ModuleContract]
public interface ICompetenceReminders
{
    /// <summary>The oldest reminders not yet sent, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<DueCompetenceReminder>> GetUnsentAsync(int max, CancellationToken ct = default);
    Task MarkSentAsync(IReadOnlyCollection<Guid> reminderIds, DateTime sentAt, CancellationToken ct = default);
}
