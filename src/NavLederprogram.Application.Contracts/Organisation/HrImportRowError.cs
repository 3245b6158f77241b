using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed record HrImportRowError(int Line, string Field, string Message);
