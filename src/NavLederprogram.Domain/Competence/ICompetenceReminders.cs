namespace NavLederprogram.Competence;

/// <summary>The queue of expiry reminders as the module that sends them sees it; the queue stays Competence's table.</summary>
[ModuleContract]
public interface ICompetenceReminders
{
    /// <summary>The oldest reminders not yet sent, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<DueCompetenceReminder>> GetUnsentAsync(int max, CancellationToken ct = default);
    Task MarkSentAsync(IReadOnlyCollection<Guid> reminderIds, DateTime sentAt, CancellationToken ct = default);
}
