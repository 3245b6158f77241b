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
}
