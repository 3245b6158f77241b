using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public enum ExportFormat
{
    Xlsx = 0,
    Csv = 1,
}
