using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.PeerSupervision;

/// <summary>The supervisor's own page: their groups, meetings ahead, attendance to register and their log of supervision hours.</summary>
public interface ISupervisorOverviewAppService
{
    Task<SupervisorOverviewDto> GetMineAsync(CancellationToken ct);
    Task<SupervisionHoursDto> GetMyHoursAsync(SupervisionHoursQuery query, CancellationToken ct);
    Task<ExportFile> ExportMyHoursAsync(SupervisionHoursQuery query, ExportFormat format, CancellationToken ct);
    /// <summary>One meeting as an .ics file, for whoever has access to its group; to anyone else it does not exist.</summary>
    Task<CalendarDocument> GetMeetingCalendarAsync(Guid meetingId, CancellationToken ct);
}
