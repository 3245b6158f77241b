using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public interface IReflectionNoteRepository
{
    Task<IReadOnlyList<ReflectionNote>> GetForAuthorAsync(Guid authorPersonId, Guid enrolmentId, CancellationToken ct = default);
    /// <summary>The author's notes in the given enrolments, read only.</summary>
    Task<IReadOnlyList<ReflectionNote>> GetForAuthorAsync(Guid authorPersonId, IReadOnlyCollection<Guid> enrolmentIds,
        CancellationToken ct = default);
    Task InsertAsync(ReflectionNote note, CancellationToken ct = default);
    /// <summary>Up to <paramref name="count"/> notes still stored as plain text (written before notes were encrypted), read only.</summary>
    Task<IReadOnlyList<ReflectionNote>> GetUnprotectedAsync(int count, CancellationToken ct = default);
    /// <summary>
    /// Replaces a note's stored text with its encrypted form, unless its author changed it meanwhile; the note keeps its audit
    /// times, so it still shows when its author wrote it. False when the note had changed.
    /// </summary>
    Task<bool> ReplaceTextAsync(Guid id, string expected, string protectedText, CancellationToken ct = default);
}
