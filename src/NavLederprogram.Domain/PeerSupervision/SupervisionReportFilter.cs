namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Which supervision a report counts. <see cref="OfficeIds"/> is the viewer's scope (null: the whole country): a group is
/// theirs when one of its invited or active members works at one of those offices. Meetings count when they start in
/// [<see cref="FromUtc"/>, <see cref="ToUtc"/>); a group or an appointment counts when it existed at some time in that period.
/// </summary>
[ModuleContract]
public sealed record SupervisionReportFilter(
    IReadOnlySet<Guid>? OfficeIds,
    Guid? RegionId,
    Guid? OfficeId,
    DateTime? FromUtc,
    DateTime? ToUtc);
