using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Audit;
using NavLederprogram.Competence;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.PeerSupervision;

public static class SupervisorEndpoints
{
    private const string CalendarContentType = "text/calendar; charset=utf-8";

    /// <summary>The register of peer supervisors, the settings the directorate sets, the supervisor's own page and a meeting's calendar file.</summary>
    public static IEndpointRouteBuilder MapSupervisorEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/peer-supervision").WithTags("PeerSupervision");
        var register = api.MapGroup("/supervisors").RequireAuthorization(NavLederprogramPermissions.PeerSupervision.ManageSupervisors);
        register.MapGet("", GetPeerSupervisors).WithName(nameof(GetPeerSupervisors));
        register.MapGet("/options", GetSupervisorRegisterOptions).WithName(nameof(GetSupervisorRegisterOptions));
        register.MapGet("/candidates", GetSupervisorCandidates).WithName(nameof(GetSupervisorCandidates));
        register.MapGet("/{id:guid}", GetPeerSupervisor).WithName(nameof(GetPeerSupervisor))
            .RecordsPersonalDataRead<PeerSupervisorDto>(s => s.PersonId);
        register.MapPost("", AppointPeerSupervisor).WithName(nameof(AppointPeerSupervisor));
        register.MapPut("/{id:guid}", ChangePeerSupervisor).WithName(nameof(ChangePeerSupervisor));
        register.MapPost("/{id:guid}/end", EndPeerSupervisor).WithName(nameof(EndPeerSupervisor));

        var settings = api.MapGroup("/settings").RequireAuthorization(NavLederprogramPermissions.PeerSupervision.ManageSettings);
        settings.MapGet("", GetSupervisionSettings).WithName(nameof(GetSupervisionSettings));
        settings.MapPut("", SaveSupervisionSettings).WithName(nameof(SaveSupervisionSettings));

        var view = NavLederprogramPermissions.PeerSupervision.View;
        api.MapGet("/my-supervision/overview", GetMySupervisorOverview).RequireAuthorization(view).WithName(nameof(GetMySupervisorOverview));
        api.MapGet("/my-supervision/hours", GetMySupervisionHours).RequireAuthorization(view).WithName(nameof(GetMySupervisionHours));
        api.MapGet("/my-supervision/hours/export", ExportMySupervisionHours).RequireAuthorization(view).WithName(nameof(ExportMySupervisionHours));
        api.MapGet("/meetings/{id:guid}/calendar", GetSupervisionMeetingCalendar).RequireAuthorization(view).WithName(nameof(GetSupervisionMeetingCalendar));
        return app;
    }

    private static Task<PagedResult<PeerSupervisorDto>> GetPeerSupervisors(
        [AsParameters] PagedQueryParameters q, Guid? regionId, bool? isActive, IPeerSupervisorAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new PeerSupervisorQuery { RegionId = regionId, IsActive = isActive }), ct);

    private static Task<SupervisorRegisterOptionsDto> GetSupervisorRegisterOptions(IPeerSupervisorAppService s, CancellationToken ct) =>
        s.GetOptionsAsync(ct);

    private static Task<IReadOnlyList<SupervisorCandidateDto>> GetSupervisorCandidates(
        Guid? regionId, string? filter, IPeerSupervisorAppService s, CancellationToken ct) =>
        s.GetCandidatesAsync(new SupervisorCandidateQuery { RegionId = regionId, Filter = filter }, ct);

    private static Task<PeerSupervisorDto> GetPeerSupervisor(Guid id, IPeerSupervisorAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static async Task<Created<PeerSupervisorDto>> AppointPeerSupervisor(AppointPeerSupervisorInput input, IPeerSupervisorAppService s, CancellationToken ct)
    {
        var created = await s.AppointAsync(input, ct);
        return TypedResults.Created($"/api/peer-supervision/supervisors/{created.Id}", created);
    }

    private static Task<PeerSupervisorDto> ChangePeerSupervisor(Guid id, ChangePeerSupervisorInput input, IPeerSupervisorAppService s, CancellationToken ct) =>
        s.ChangeAsync(id, input, ct);

    private static Task<PeerSupervisorDto> EndPeerSupervisor(Guid id, IPeerSupervisorAppService s, CancellationToken ct) => s.EndAsync(id, ct);

    private static Task<SupervisionSettingsDto> GetSupervisionSettings(ISupervisionSettingsAppService s, CancellationToken ct) => s.GetAsync(ct);

    private static Task<SupervisionSettingsDto> SaveSupervisionSettings(SaveSupervisionSettingsInput input, ISupervisionSettingsAppService s, CancellationToken ct) =>
        s.SaveAsync(input, ct);

    private static Task<SupervisorOverviewDto> GetMySupervisorOverview(ISupervisorOverviewAppService s, CancellationToken ct) => s.GetMineAsync(ct);

    private static Task<SupervisionHoursDto> GetMySupervisionHours(DateOnly? from, DateOnly? to, ISupervisorOverviewAppService s, CancellationToken ct) =>
        s.GetMyHoursAsync(new SupervisionHoursQuery { From = from, To = to }, ct);

    private static async Task<FileContentHttpResult> ExportMySupervisionHours(
        DateOnly? from, DateOnly? to, ExportFormat? format, ISupervisorOverviewAppService s, CancellationToken ct)
    {
        var file = await s.ExportMyHoursAsync(new SupervisionHoursQuery { From = from, To = to }, format ?? ExportFormat.Xlsx, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<FileContentHttpResult> GetSupervisionMeetingCalendar(Guid id, ISupervisorOverviewAppService s, CancellationToken ct)
    {
        var document = await s.GetMeetingCalendarAsync(id, ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(document.Content), CalendarContentType, document.FileName);
    }
}
