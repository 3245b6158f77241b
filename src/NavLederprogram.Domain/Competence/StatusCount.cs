using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>Statuses counted for one group of a gap report.</summary>
public sealed record StatusCount(Guid Key, Guid? SecondKey, int Total, int Met, int ExpiringSoon, int Expired, int MissingWithinDeadline, int Overdue)
{
    public int Covered => Met + ExpiringSoon;
}
