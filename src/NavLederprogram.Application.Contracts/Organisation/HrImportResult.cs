using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed record HrImportResult(int TotalRows, int ValidRows, int ToCreate, int ToUpdate, IReadOnlyList<HrImportRowError> Errors, bool Committed);
