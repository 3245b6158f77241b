using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.Programmes;

public static class ProgrammeEndpoints
{
    public static IEndpointRouteBuilder MapProgrammeEndpoints(this IEndpointRouteBuilder app)
    {
        MapVersions(app.MapGroup("/api/programme").WithTags("Programme"));
        MapCohorts(app.MapGroup("/api/cohorts").WithTags("Cohorts"));
        MapEnrolments(app.MapGroup("/api").WithTags("Enrolments"));
        MapProgress(app.MapGroup("/api").WithTags("Participation"));
        return app;
    }

    private static void MapVersions(RouteGroupBuilder group)
    {
        var view = NavLederprogramPermissions.Programmes.View;
        var edit = NavLederprogramPermissions.Programmes.Edit;
        group.MapGet("/versions", GetProgrammeVersions).RequireAuthorization(view).WithName(nameof(GetProgrammeVersions));
        group.MapGet("/versions/{id:guid}", GetProgrammeVersion).RequireAuthorization(view).WithName(nameof(GetProgrammeVersion));
        group.MapPost("/versions", CreateProgrammeVersion).RequireAuthorization(edit).WithName(nameof(CreateProgrammeVersion));
        group.MapPut("/versions/{id:guid}", UpdateProgrammeVersion).RequireAuthorization(edit).WithName(nameof(UpdateProgrammeVersion));
        group.MapDelete("/versions/{id:guid}", DeleteProgrammeVersion).RequireAuthorization(edit).WithName(nameof(DeleteProgrammeVersion));
        group.MapPost("/versions/{id:guid}/modules", AddProgrammeModule).RequireAuthorization(edit).WithName(nameof(AddProgrammeModule));
        group.MapPut("/versions/{id:guid}/modules/{moduleId:guid}", UpdateProgrammeModule)
            .RequireAuthorization(edit).WithName(nameof(UpdateProgrammeModule));
        group.MapPost("/versions/{id:guid}/modules/{moduleId:guid}/delete", DeleteProgrammeModule)
            .RequireAuthorization(edit).WithName(nameof(DeleteProgrammeModule));
        group.MapPost("/versions/{id:guid}/modules/{moduleId:guid}/move", MoveProgrammeModule)
            .RequireAuthorization(edit).WithName(nameof(MoveProgrammeModule));
        group.MapPost("/versions/{id:guid}/approve", ApproveProgrammeVersion)
            .RequireAuthorization(NavLederprogramPermissions.Programmes.Approve).WithName(nameof(ApproveProgrammeVersion));
    }

    private static Task<IReadOnlyList<ProgrammeVersionSummaryDto>> GetProgrammeVersions(IProgrammeAppService s, CancellationToken ct) =>
        s.GetVersionsAsync(ct);

    private static Task<ProgrammeVersionDto> GetProgrammeVersion(
        Guid id, IProgrammeAppService s, CancellationToken ct) => s.GetVersionAsync(id, ct);

    private static async Task<Created<ProgrammeVersionDto>> CreateProgrammeVersion(
        CreateVersionInput input, IProgrammeAppService s, CancellationToken ct)
    {
        var dto = await s.CreateVersionAsync(input, ct);
        return TypedResults.Created($"/api/programme/versions/{dto.Id}", dto);
    }

    private static Task<ProgrammeVersionDto> UpdateProgrammeVersion(
        Guid id, SaveVersionInput input, IProgrammeAppService s, CancellationToken ct) =>
        s.UpdateVersionAsync(id, input, ct);

    private static async Task<NoContent> DeleteProgrammeVersion(Guid id, IProgrammeAppService s, CancellationToken ct)
    {
        await s.DeleteVersionAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static Task<ProgrammeVersionDto> AddProgrammeModule(
        Guid id, SaveModuleInput input, IProgrammeAppService s, CancellationToken ct) =>
        s.AddModuleAsync(id, input, ct);

    private static Task<ProgrammeVersionDto> UpdateProgrammeModule(
        Guid id, Guid moduleId, SaveModuleInput input, IProgrammeAppService s, CancellationToken ct) =>
        s.UpdateModuleAsync(id, moduleId, input, ct);

    private static Task<ProgrammeVersionDto> DeleteProgrammeModule(
        Guid id, Guid moduleId, ConcurrencyInput input, IProgrammeAppService s, CancellationToken ct) =>
        s.DeleteModuleAsync(id, moduleId, input, ct);

    private static Task<ProgrammeVersionDto> MoveProgrammeModule(
        Guid id, Guid moduleId, MoveModuleInput input, IProgrammeAppService s, CancellationToken ct) =>
        s.MoveModuleAsync(id, moduleId, input, ct);

    private static Task<ProgrammeVersionDto> ApproveProgrammeVersion(
        Guid id, ConcurrencyInput input, IProgrammeAppService s, CancellationToken ct) =>
        s.ApproveAsync(id, input, ct);

    private static void MapCohorts(RouteGroupBuilder group)
    {
        var view = NavLederprogramPermissions.Cohorts.View;
        var manage = NavLederprogramPermissions.Cohorts.Manage;
        group.MapGet("", GetCohorts).RequireAuthorization(view).WithName(nameof(GetCohorts));
        group.MapGet("/calendar", GetCohortCalendar).RequireAuthorization(view).WithName(nameof(GetCohortCalendar));
        group.MapGet("/facilitator-candidates", GetFacilitatorCandidates)
            .RequireAuthorization(manage).WithName(nameof(GetFacilitatorCandidates));
        group.MapGet("/{id:guid}", GetCohort).RequireAuthorization(view).WithName(nameof(GetCohort));
        group.MapPost("", CreateCohort).RequireAuthorization(manage).WithName(nameof(CreateCohort));
        group.MapPut("/{id:guid}", UpdateCohort).RequireAuthorization(manage).WithName(nameof(UpdateCohort));
        group.MapPut("/{id:guid}/sessions/{sessionId:guid}", ScheduleCohortSession)
            .RequireAuthorization(manage).WithName(nameof(ScheduleCohortSession));
        group.MapPut("/{id:guid}/modules/{moduleId:guid}/unlock", SetCohortModuleUnlock)
            .RequireAuthorization(manage).WithName(nameof(SetCohortModuleUnlock));
        group.MapPut("/{id:guid}/deadlines/{assignmentId:guid}", SetCohortDeadline)
            .RequireAuthorization(manage).WithName(nameof(SetCohortDeadline));
        group.MapPost("/{id:guid}/open-enrolment", OpenCohortEnrolment).RequireAuthorization(manage).WithName(nameof(OpenCohortEnrolment));
        group.MapPost("/{id:guid}/close-enrolment", CloseCohortEnrolment)
            .RequireAuthorization(manage).WithName(nameof(CloseCohortEnrolment));
        group.MapPost("/{id:guid}/start", StartCohort).RequireAuthorization(manage).WithName(nameof(StartCohort));
        group.MapPost("/{id:guid}/complete", CompleteCohort).RequireAuthorization(manage).WithName(nameof(CompleteCohort));
        group.MapPost("/{id:guid}/cancel", CancelCohort).RequireAuthorization(manage).WithName(nameof(CancelCohort));
        group.MapGet("/{id:guid}/milestones", GetCohortMilestones).RequireAuthorization(manage).WithName(nameof(GetCohortMilestones));
        group.MapPost("/{id:guid}/milestones/run", RunCohortMilestone).RequireAuthorization(manage).WithName(nameof(RunCohortMilestone));
    }

    private static Task<PagedResult<CohortSummaryDto>> GetCohorts(
        [AsParameters] PagedQueryParameters q, CohortStatus? status, Guid? regionId, bool? facilitating,
        ICohortAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new CohortQuery { Status = status, RegionId = regionId, Facilitating = facilitating }), ct);

    private static Task<IReadOnlyList<CalendarEntryDto>> GetCohortCalendar(
        DateOnly from, DateOnly to, ICohortAppService s, CancellationToken ct) =>
        s.GetCalendarAsync(from, to, ct);

    private static Task<IReadOnlyList<FacilitatorCandidateDto>> GetFacilitatorCandidates(ICohortAppService s, CancellationToken ct) =>
        s.GetFacilitatorCandidatesAsync(ct);

    private static Task<CohortDto> GetCohort(Guid id, ICohortAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static async Task<Created<CohortDto>> CreateCohort(SaveCohortInput input, ICohortAppService s, CancellationToken ct)
    {
        var dto = await s.CreateAsync(input, ct);
        return TypedResults.Created($"/api/cohorts/{dto.Id}", dto);
    }

    private static Task<CohortDto> UpdateCohort(Guid id, SaveCohortInput input, ICohortAppService s, CancellationToken ct) =>
        s.UpdateAsync(id, input, ct);

    private static Task<CohortDto> ScheduleCohortSession(
        Guid id, Guid sessionId, ScheduleSessionInput input, ICohortAppService s, CancellationToken ct) =>
        s.ScheduleSessionAsync(id, sessionId, input, ct);

    private static Task<CohortDto> SetCohortModuleUnlock(
        Guid id, Guid moduleId, ScheduleDateInput input, ICohortAppService s, CancellationToken ct) =>
        s.SetModuleUnlockAsync(id, moduleId, input, ct);

    private static Task<CohortDto> SetCohortDeadline(
        Guid id, Guid assignmentId, ScheduleDateInput input, ICohortAppService s, CancellationToken ct) =>
        s.SetDeadlineAsync(id, assignmentId, input, ct);

    private static Task<CohortDto> OpenCohortEnrolment(Guid id, CohortActionInput input, ICohortAppService s, CancellationToken ct) =>
        s.ChangeStatusAsync(id, "openEnrolment", input, ct);

    private static Task<CohortDto> CloseCohortEnrolment(Guid id, CohortActionInput input, ICohortAppService s, CancellationToken ct) =>
        s.ChangeStatusAsync(id, "closeEnrolment", input, ct);

    private static Task<CohortDto> StartCohort(Guid id, CohortActionInput input, ICohortAppService s, CancellationToken ct) =>
        s.ChangeStatusAsync(id, "start", input, ct);

    private static Task<CohortDto> CompleteCohort(Guid id, CohortActionInput input, ICohortAppService s, CancellationToken ct) =>
        s.ChangeStatusAsync(id, "complete", input, ct);

    private static Task<CohortDto> CancelCohort(Guid id, CohortActionInput input, ICohortAppService s, CancellationToken ct) =>
        s.ChangeStatusAsync(id, "cancel", input, ct);

    private static Task<IReadOnlyList<MilestoneDto>> GetCohortMilestones(
        Guid id, IMilestoneAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static Task<MilestoneDto> RunCohortMilestone(Guid id, RunMilestoneInput input, IMilestoneAppService s, CancellationToken ct) =>
        s.RunAsync(id, input.Key ?? "", ct);

    private static void MapEnrolments(RouteGroupBuilder group)
    {
        var nominate = NavLederprogramPermissions.Cohorts.Nominate;
        var decide = NavLederprogramPermissions.Cohorts.ManageEnrolments;
        var signedIn = NavLederprogramPolicies.SignedInUser;
        group.MapGet("/cohorts/{id:guid}/enrolments", GetCohortEnrolments)
            .RequireAuthorization(nominate).WithName(nameof(GetCohortEnrolments));
        group.MapPost("/cohorts/{id:guid}/apply", ApplyToCohort).RequireAuthorization(signedIn).WithName(nameof(ApplyToCohort));
        group.MapGet("/cohorts/{id:guid}/nominees", GetCohortNominees).RequireAuthorization(nominate).WithName(nameof(GetCohortNominees));
        group.MapPost("/cohorts/{id:guid}/nominations", NominateToCohort).RequireAuthorization(nominate).WithName(nameof(NominateToCohort));
        group.MapPost("/enrolments/{id:guid}/approve", ApproveEnrolment).RequireAuthorization(decide).WithName(nameof(ApproveEnrolment));
        group.MapPost("/enrolments/{id:guid}/reject", RejectEnrolment).RequireAuthorization(decide).WithName(nameof(RejectEnrolment));
        group.MapPost("/enrolments/{id:guid}/withdraw", WithdrawEnrolment)
            .RequireAuthorization(signedIn).WithName(nameof(WithdrawEnrolment));
    }

    private static Task<IReadOnlyList<EnrolmentDto>> GetCohortEnrolments(Guid id, IEnrolmentAppService s, CancellationToken ct) =>
        s.GetForCohortAsync(id, ct);

    private static Task<EnrolmentDto> ApplyToCohort(Guid id, IEnrolmentAppService s, CancellationToken ct) => s.ApplyAsync(id, ct);

    private static Task<PagedResult<NomineeDto>> GetCohortNominees(
        [AsParameters] PagedQueryParameters q, Guid id, IEnrolmentAppService s, CancellationToken ct) =>
        s.GetNomineesAsync(id, q.ToQuery(new PagedQuery()), ct);

    private static Task<EnrolmentDto> NominateToCohort(Guid id, NominateInput input, IEnrolmentAppService s, CancellationToken ct) =>
        s.NominateAsync(id, input, ct);

    private static Task<EnrolmentDto> ApproveEnrolment(Guid id, IEnrolmentAppService s, CancellationToken ct) => s.ApproveAsync(id, ct);

    private static Task<EnrolmentDto> RejectEnrolment(Guid id, DecideEnrolmentInput input, IEnrolmentAppService s, CancellationToken ct) =>
        s.RejectAsync(id, input, ct);

    private static Task<EnrolmentDto> WithdrawEnrolment(
        Guid id, DecideEnrolmentInput input, IEnrolmentAppService s, CancellationToken ct) =>
        s.WithdrawAsync(id, input, ct);

    private static void MapProgress(RouteGroupBuilder group)
    {
        var signedIn = NavLederprogramPolicies.SignedInUser;
        var facilitate = NavLederprogramPermissions.Cohorts.Facilitate;
        group.MapGet("/my-programme", GetMyProgramme).RequireAuthorization(signedIn).WithName(nameof(GetMyProgramme));
        group.MapPut("/my-programme/{enrolmentId:guid}/assignments/{assignmentId:guid}", SubmitAssignment)
            .RequireAuthorization(signedIn).WithName(nameof(SubmitAssignment));
        group.MapPut("/my-programme/{enrolmentId:guid}/reflections/{reflectionTaskId:guid}", WriteReflection)
            .RequireAuthorization(signedIn).WithName(nameof(WriteReflection));
        group.MapGet("/cohorts/{id:guid}/sessions/{sessionId:guid}/attendance", GetAttendance)
            .RequireAuthorization(facilitate).WithName(nameof(GetAttendance));
        group.MapPut("/cohorts/{id:guid}/sessions/{sessionId:guid}/attendance", RegisterAttendance)
            .RequireAuthorization(facilitate).WithName(nameof(RegisterAttendance));
        group.MapGet("/cohorts/{id:guid}/assessments", GetAssessments).RequireAuthorization(facilitate).WithName(nameof(GetAssessments));
        group.MapPost("/cohorts/{id:guid}/enrolments/{enrolmentId:guid}/assignments/{assignmentId:guid}/review", ReviewAssignment)
            .RequireAuthorization(facilitate).WithName(nameof(ReviewAssignment));
    }

    private static Task<MyProgrammeDto> GetMyProgramme(IParticipantProgressAppService s, CancellationToken ct) => s.GetMineAsync(ct);

    private static Task<MyCohortDto> SubmitAssignment(
        Guid enrolmentId, Guid assignmentId, SubmitAssignmentInput input, IParticipantProgressAppService s, CancellationToken ct) =>
        s.SubmitAssignmentAsync(enrolmentId, assignmentId, input, ct);

    private static Task<MyCohortDto> WriteReflection(
        Guid enrolmentId, Guid reflectionTaskId, WriteReflectionInput input, IParticipantProgressAppService s, CancellationToken ct) =>
        s.WriteReflectionAsync(enrolmentId, reflectionTaskId, input, ct);

    private static Task<AttendanceSheetDto> GetAttendance(Guid id, Guid sessionId, IFacilitationAppService s, CancellationToken ct) =>
        s.GetAttendanceAsync(id, sessionId, ct);

    private static Task<AttendanceSheetDto> RegisterAttendance(
        Guid id, Guid sessionId, AttendanceInput input, IFacilitationAppService s, CancellationToken ct) =>
        s.RegisterAttendanceAsync(id, sessionId, input, ct);

    private static Task<IReadOnlyList<AssessmentDto>> GetAssessments(
        Guid id, IFacilitationAppService s, CancellationToken ct) => s.GetAssessmentsAsync(id, ct);

    private static Task<AssessmentDto> ReviewAssignment(
        Guid id, Guid enrolmentId, Guid assignmentId, ReviewAssignmentInput input, IFacilitationAppService s, CancellationToken ct) =>
        s.ReviewAsync(id, enrolmentId, assignmentId, input, ct);
}
