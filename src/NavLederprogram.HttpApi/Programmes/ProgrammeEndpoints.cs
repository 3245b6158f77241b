using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        group.MapGet("/versions", (IProgrammeAppService s, CancellationToken ct) => s.GetVersionsAsync(ct)).RequireAuthorization(view).WithName("GetProgrammeVersions");
        group.MapGet("/versions/{id:guid}", (Guid id, IProgrammeAppService s, CancellationToken ct) => s.GetVersionAsync(id, ct)).RequireAuthorization(view).WithName("GetProgrammeVersion");
        group.MapPost("/versions", async (CreateVersionInput input, IProgrammeAppService s, CancellationToken ct) =>
            {
                var dto = await s.CreateVersionAsync(input, ct);
                return TypedResults.Created($"/api/programme/versions/{dto.Id}", dto);
            }).RequireAuthorization(edit).WithName("CreateProgrammeVersion");
        group.MapPut("/versions/{id:guid}", (Guid id, SaveVersionInput input, IProgrammeAppService s, CancellationToken ct) => s.UpdateVersionAsync(id, input, ct))
            .RequireAuthorization(edit).WithName("UpdateProgrammeVersion");
        group.MapDelete("/versions/{id:guid}", async (Guid id, IProgrammeAppService s, CancellationToken ct) =>
            {
                await s.DeleteVersionAsync(id, ct);
                return TypedResults.NoContent();
            }).RequireAuthorization(edit).WithName("DeleteProgrammeVersion");
        group.MapPost("/versions/{id:guid}/modules", (Guid id, SaveModuleInput input, IProgrammeAppService s, CancellationToken ct) => s.AddModuleAsync(id, input, ct))
            .RequireAuthorization(edit).WithName("AddProgrammeModule");
        group.MapPut("/versions/{id:guid}/modules/{moduleId:guid}", (Guid id, Guid moduleId, SaveModuleInput input, IProgrammeAppService s, CancellationToken ct) =>
            s.UpdateModuleAsync(id, moduleId, input, ct)).RequireAuthorization(edit).WithName("UpdateProgrammeModule");
        group.MapPost("/versions/{id:guid}/modules/{moduleId:guid}/delete", (Guid id, Guid moduleId, ConcurrencyInput input, IProgrammeAppService s, CancellationToken ct) =>
            s.DeleteModuleAsync(id, moduleId, input, ct)).RequireAuthorization(edit).WithName("DeleteProgrammeModule");
        group.MapPost("/versions/{id:guid}/modules/{moduleId:guid}/move", (Guid id, Guid moduleId, MoveModuleInput input, IProgrammeAppService s, CancellationToken ct) =>
            s.MoveModuleAsync(id, moduleId, input, ct)).RequireAuthorization(edit).WithName("MoveProgrammeModule");
        group.MapPost("/versions/{id:guid}/approve", (Guid id, ConcurrencyInput input, IProgrammeAppService s, CancellationToken ct) => s.ApproveAsync(id, input, ct))
            .RequireAuthorization(NavLederprogramPermissions.Programmes.Approve).WithName("ApproveProgrammeVersion");
    }

    private static void MapCohorts(RouteGroupBuilder group)
    {
        var view = NavLederprogramPermissions.Cohorts.View;
        var manage = NavLederprogramPermissions.Cohorts.Manage;
        group.MapGet("", ([AsParameters] PagedQueryParameters q, CohortStatus? status, Guid? regionId, bool? facilitating, ICohortAppService s, CancellationToken ct) =>
                s.GetListAsync(q.ToQuery(new CohortQuery { Status = status, RegionId = regionId, Facilitating = facilitating }), ct))
            .RequireAuthorization(view).WithName("GetCohorts");
        group.MapGet("/calendar", (DateOnly from, DateOnly to, ICohortAppService s, CancellationToken ct) => s.GetCalendarAsync(from, to, ct))
            .RequireAuthorization(view).WithName("GetCohortCalendar");
        group.MapGet("/facilitator-candidates", (ICohortAppService s, CancellationToken ct) => s.GetFacilitatorCandidatesAsync(ct))
            .RequireAuthorization(manage).WithName("GetFacilitatorCandidates");
        group.MapGet("/{id:guid}", (Guid id, ICohortAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequireAuthorization(view).WithName("GetCohort");
        group.MapPost("", async (SaveCohortInput input, ICohortAppService s, CancellationToken ct) =>
            {
                var dto = await s.CreateAsync(input, ct);
                return TypedResults.Created($"/api/cohorts/{dto.Id}", dto);
            }).RequireAuthorization(manage).WithName("CreateCohort");
        group.MapPut("/{id:guid}", (Guid id, SaveCohortInput input, ICohortAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequireAuthorization(manage).WithName("UpdateCohort");
        group.MapPut("/{id:guid}/sessions/{sessionId:guid}", (Guid id, Guid sessionId, ScheduleSessionInput input, ICohortAppService s, CancellationToken ct) =>
            s.ScheduleSessionAsync(id, sessionId, input, ct)).RequireAuthorization(manage).WithName("ScheduleCohortSession");
        group.MapPut("/{id:guid}/modules/{moduleId:guid}/unlock", (Guid id, Guid moduleId, ScheduleDateInput input, ICohortAppService s, CancellationToken ct) =>
            s.SetModuleUnlockAsync(id, moduleId, input, ct)).RequireAuthorization(manage).WithName("SetCohortModuleUnlock");
        group.MapPut("/{id:guid}/deadlines/{assignmentId:guid}", (Guid id, Guid assignmentId, ScheduleDateInput input, ICohortAppService s, CancellationToken ct) =>
            s.SetDeadlineAsync(id, assignmentId, input, ct)).RequireAuthorization(manage).WithName("SetCohortDeadline");
        foreach (var (path, action, name) in new[]
                 {
                     ("open-enrolment", "openEnrolment", "OpenCohortEnrolment"), ("close-enrolment", "closeEnrolment", "CloseCohortEnrolment"),
                     ("start", "start", "StartCohort"), ("complete", "complete", "CompleteCohort"), ("cancel", "cancel", "CancelCohort"),
                 })
            group.MapPost($"/{{id:guid}}/{path}", (Guid id, CohortActionInput input, ICohortAppService s, CancellationToken ct) => s.ChangeStatusAsync(id, action, input, ct))
                .RequireAuthorization(manage).WithName(name);
        group.MapGet("/{id:guid}/milestones", (Guid id, IMilestoneAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequireAuthorization(manage).WithName("GetCohortMilestones");
        group.MapPost("/{id:guid}/milestones/run", (Guid id, RunMilestoneInput input, IMilestoneAppService s, CancellationToken ct) => s.RunAsync(id, input.Key ?? "", ct))
            .RequireAuthorization(manage).WithName("RunCohortMilestone");
    }

    private static void MapEnrolments(RouteGroupBuilder group)
    {
        var nominate = NavLederprogramPermissions.Cohorts.Nominate;
        var decide = NavLederprogramPermissions.Cohorts.ManageEnrolments;
        var signedIn = NavLederprogramPolicies.SignedInUser;
        group.MapGet("/cohorts/{id:guid}/enrolments", (Guid id, IEnrolmentAppService s, CancellationToken ct) => s.GetForCohortAsync(id, ct))
            .RequireAuthorization(nominate).WithName("GetCohortEnrolments");
        group.MapPost("/cohorts/{id:guid}/apply", (Guid id, IEnrolmentAppService s, CancellationToken ct) => s.ApplyAsync(id, ct))
            .RequireAuthorization(signedIn).WithName("ApplyToCohort");
        group.MapGet("/cohorts/{id:guid}/nominees", ([AsParameters] PagedQueryParameters q, Guid id, IEnrolmentAppService s, CancellationToken ct) =>
            s.GetNomineesAsync(id, q.ToQuery(new PagedQuery()), ct)).RequireAuthorization(nominate).WithName("GetCohortNominees");
        group.MapPost("/cohorts/{id:guid}/nominations", (Guid id, NominateInput input, IEnrolmentAppService s, CancellationToken ct) => s.NominateAsync(id, input, ct))
            .RequireAuthorization(nominate).WithName("NominateToCohort");
        group.MapPost("/enrolments/{id:guid}/approve", (Guid id, IEnrolmentAppService s, CancellationToken ct) => s.ApproveAsync(id, ct))
            .RequireAuthorization(decide).WithName("ApproveEnrolment");
        group.MapPost("/enrolments/{id:guid}/reject", (Guid id, DecideEnrolmentInput input, IEnrolmentAppService s, CancellationToken ct) => s.RejectAsync(id, input, ct))
            .RequireAuthorization(decide).WithName("RejectEnrolment");
        group.MapPost("/enrolments/{id:guid}/withdraw", (Guid id, DecideEnrolmentInput input, IEnrolmentAppService s, CancellationToken ct) => s.WithdrawAsync(id, input, ct))
            .RequireAuthorization(signedIn).WithName("WithdrawEnrolment");
    }

    private static void MapProgress(RouteGroupBuilder group)
    {
        var signedIn = NavLederprogramPolicies.SignedInUser;
        var facilitate = NavLederprogramPermissions.Cohorts.Facilitate;
        group.MapGet("/my-programme", (IParticipantProgressAppService s, CancellationToken ct) => s.GetMineAsync(ct))
            .RequireAuthorization(signedIn).WithName("GetMyProgramme");
        group.MapPost("/my-programme/{enrolmentId:guid}/modules/{moduleId:guid}/e-learning-done", (Guid enrolmentId, Guid moduleId, IParticipantProgressAppService s, CancellationToken ct) =>
            s.MarkELearningDoneAsync(enrolmentId, moduleId, ct)).RequireAuthorization(signedIn).WithName("MarkELearningDone");
        group.MapPut("/my-programme/{enrolmentId:guid}/assignments/{assignmentId:guid}", (Guid enrolmentId, Guid assignmentId, SubmitAssignmentInput input, IParticipantProgressAppService s, CancellationToken ct) =>
            s.SubmitAssignmentAsync(enrolmentId, assignmentId, input, ct)).RequireAuthorization(signedIn).WithName("SubmitAssignment");
        group.MapPut("/my-programme/{enrolmentId:guid}/reflections/{reflectionTaskId:guid}", (Guid enrolmentId, Guid reflectionTaskId, WriteReflectionInput input, IParticipantProgressAppService s, CancellationToken ct) =>
            s.WriteReflectionAsync(enrolmentId, reflectionTaskId, input, ct)).RequireAuthorization(signedIn).WithName("WriteReflection");
        group.MapGet("/cohorts/{id:guid}/sessions/{sessionId:guid}/attendance", (Guid id, Guid sessionId, IFacilitationAppService s, CancellationToken ct) =>
            s.GetAttendanceAsync(id, sessionId, ct)).RequireAuthorization(facilitate).WithName("GetAttendance");
        group.MapPut("/cohorts/{id:guid}/sessions/{sessionId:guid}/attendance", (Guid id, Guid sessionId, AttendanceInput input, IFacilitationAppService s, CancellationToken ct) =>
            s.RegisterAttendanceAsync(id, sessionId, input, ct)).RequireAuthorization(facilitate).WithName("RegisterAttendance");
        group.MapGet("/cohorts/{id:guid}/assessments", (Guid id, IFacilitationAppService s, CancellationToken ct) => s.GetAssessmentsAsync(id, ct))
            .RequireAuthorization(facilitate).WithName("GetAssessments");
        group.MapPost("/cohorts/{id:guid}/enrolments/{enrolmentId:guid}/assignments/{assignmentId:guid}/review",
            (Guid id, Guid enrolmentId, Guid assignmentId, ReviewAssignmentInput input, IFacilitationAppService s, CancellationToken ct) =>
                s.ReviewAsync(id, enrolmentId, assignmentId, input, ct)).RequireAuthorization(facilitate).WithName("ReviewAssignment");
    }
}
