namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Counts of supervision for the reports, each kind of count one grouped query whatever the number of groups. Only numbers
/// and the names the module owns (group names) leave it: no agreement, case or reflection is read.
/// </summary>
[ModuleContract]
public interface ISupervisionReportQueries
{
    Task<SupervisionActivity> CountAsync(SupervisionReportFilter filter, CancellationToken ct);
}
