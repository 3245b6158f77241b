using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record StatusWriteResult(int Inserted, int Updated, int Deleted, int Total);
