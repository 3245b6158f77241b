using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <param name="Coverage">Share of statuses met or expiring soon, 0–1; 1 when nothing is required.</param>
public sealed record StatusCountsDto(int Total, int Met, int ExpiringSoon, int Expired, int MissingWithinDeadline, int Overdue, double Coverage)
{
    public static StatusCountsDto Of(int total, int met, int expiringSoon, int expired, int missingWithinDeadline, int overdue) =>
        new(total, met, expiringSoon, expired, missingWithinDeadline, overdue, total == 0 ? 1 : (double)(met + expiringSoon) / total);
}
