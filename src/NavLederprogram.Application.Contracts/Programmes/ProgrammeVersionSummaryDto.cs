using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record ProgrammeVersionSummaryDto(Guid Id, int Number, ContentTextDto Name, ProgrammeVersionStatus Status, string StatusName, int ModuleCount,
    bool KsApproved, bool DirectorateApproved, DateTime? PublishedAt, DateTime? LastModificationTime) : IHasId;
