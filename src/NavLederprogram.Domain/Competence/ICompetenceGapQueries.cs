using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>Reads of the stored statuses: one person's, gap counts by group, the people behind a count, and the reminders they call for.</summary>
public interface ICompetenceGapQueries
{
    Task<IReadOnlyList<PersonCompetenceStatus>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    Task<IReadOnlyList<StatusCount>> CountAsync(GapFilter filter, GapGrouping grouping, CancellationToken ct = default);
    Task<Page<PersonGapRow>> GetPeopleAsync(GapFilter filter, PageRequest request, CancellationToken ct = default);
    /// <summary>Queues a reminder for every status expiring soon that has none yet for its end date; returns how many.</summary>
    Task<int> QueueExpiryRemindersAsync(DateTime now, CancellationToken ct = default);
}
