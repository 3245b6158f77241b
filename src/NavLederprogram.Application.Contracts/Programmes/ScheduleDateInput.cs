using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class ScheduleDateInput
{
    public DateOnly? Date { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
