using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public interface IReflectionNoteRepository
{
    Task<IReadOnlyList<ReflectionNote>> GetForAuthorAsync(Guid authorPersonId, Guid enrolmentId, CancellationToken ct = default);
    Task InsertAsync(ReflectionNote note, CancellationToken ct = default);
}
