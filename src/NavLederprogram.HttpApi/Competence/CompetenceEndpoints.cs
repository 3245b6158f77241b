using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.Competence;

public static class CompetenceEndpoints
{
    private const string BasePath = "/api/competence";

    public static IEndpointRouteBuilder MapCompetenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).WithTags("Competence");
        var view = NavLederprogramPermissions.Competence.View;
        var manageCatalogue = NavLederprogramPermissions.Competence.ManageCatalogue;
        var manageRequirements = NavLederprogramPermissions.Competence.ManageRequirements;
        var approve = NavLederprogramPermissions.Competence.ApproveEvidence;
        var gaps = NavLederprogramPermissions.Competence.ViewGaps;
        var signedIn = NavLederprogramPolicies.SignedInUser;

        group.MapGet("/scales", ([AsParameters] PagedQueryParameters q, IProficiencyScaleAppService s, CancellationToken ct) => s.GetListAsync(q.ToQuery(new PagedQuery()), ct))
            .RequireAuthorization(view).WithName("GetProficiencyScales");
        group.MapCrud<ProficiencyScaleDto, PagedQuery, SaveProficiencyScaleInput, IProficiencyScaleAppService>(BasePath, "scales", "ProficiencyScale", view, manageCatalogue);

        group.MapGet("/categories", ([AsParameters] PagedQueryParameters q, ICompetenceCategoryAppService s, CancellationToken ct) => s.GetListAsync(q.ToQuery(new PagedQuery()), ct))
            .RequireAuthorization(view).WithName("GetCompetenceCategories");
        group.MapCrud<CompetenceCategoryDto, PagedQuery, SaveCompetenceCategoryInput, ICompetenceCategoryAppService>(BasePath, "categories", "CompetenceCategory", view, manageCatalogue);

        group.MapGet("/areas", ([AsParameters] PagedQueryParameters q, Guid? categoryId, ICompetenceAreaAppService s, CancellationToken ct) =>
                s.GetListAsync(q.ToQuery(new CompetenceAreaQuery { CategoryId = categoryId }), ct))
            .RequireAuthorization(view).WithName("GetCompetenceAreas");
        group.MapCrud<CompetenceAreaDto, CompetenceAreaQuery, SaveCompetenceAreaInput, ICompetenceAreaAppService>(BasePath, "areas", "CompetenceArea", view, manageCatalogue);

        group.MapGet("/requirements", ([AsParameters] PagedQueryParameters q, Guid? jobRoleId, Guid? competenceAreaId, ICompetenceRequirementAppService s, CancellationToken ct) =>
                s.GetListAsync(q.ToQuery(new RequirementQuery { JobRoleId = jobRoleId, CompetenceAreaId = competenceAreaId }), ct))
            .RequireAuthorization(view).WithName("GetCompetenceRequirements");
        group.MapGet("/requirements/{id:guid}", (Guid id, ICompetenceRequirementAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequireAuthorization(view).WithName("GetCompetenceRequirement");
        group.MapPost("/requirements", async (CreateRequirementInput input, ICompetenceRequirementAppService s, CancellationToken ct) =>
            {
                var dto = await s.CreateAsync(input, ct);
                return TypedResults.Created($"{BasePath}/requirements/{dto.Id}", dto);
            })
            .RequireAuthorization(manageRequirements).WithName("CreateCompetenceRequirement");
        group.MapPost("/requirements/{id:guid}/versions", (Guid id, ChangeRequirementInput input, ICompetenceRequirementAppService s, CancellationToken ct) => s.ChangeAsync(id, input, ct))
            .RequireAuthorization(manageRequirements).WithName("ChangeCompetenceRequirement");
        group.MapPost("/requirements/{id:guid}/retire", (Guid id, RetireRequirementInput input, ICompetenceRequirementAppService s, CancellationToken ct) => s.RetireAsync(id, input, ct))
            .RequireAuthorization(manageRequirements).WithName("RetireCompetenceRequirement");

        group.MapGet("/my-profile", (ICompetenceProfileAppService s, CancellationToken ct) => s.GetMineAsync(ct))
            .RequireAuthorization(signedIn).WithName("GetMyCompetenceProfile");
        // Bearer-token API: no cookie is involved, so antiforgery does not apply to the upload.
        group.MapPost("/my-evidence", async ([FromForm] UploadEvidenceInput? input, IFormFile? file, ICompetenceEvidenceAppService s, CancellationToken ct) =>
            {
                await using var content = file?.OpenReadStream();
                // A form without any of the fields binds to null; it then fails validation like an empty form.
                var dto = await s.UploadMineAsync(input ?? new UploadEvidenceInput(), file is null ? null : new EvidenceFile(file.FileName, file.Length, content!), ct);
                return TypedResults.Created($"{BasePath}/my-profile", dto);
            })
            .RequireAuthorization(signedIn).DisableAntiforgery().WithFormOptions(multipartBodyLengthLimit: CompetenceConsts.MaxDocumentSize + 64 * 1024)
            .WithName("UploadMyEvidence");
        group.MapDelete("/my-evidence/{id:guid}", async (Guid id, ICompetenceEvidenceAppService s, CancellationToken ct) =>
            {
                await s.WithdrawMineAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(signedIn).WithName("WithdrawMyEvidence");
        group.MapGet("/evidence/{id:guid}/document", async (Guid id, ICompetenceEvidenceAppService s, CancellationToken ct) =>
            {
                var file = await s.GetDocumentAsync(id, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(signedIn).WithName("GetEvidenceDocument");

        group.MapGet("/people/{personId:guid}/profile", (Guid personId, ICompetenceProfileAppService s, CancellationToken ct) => s.GetAsync(personId, ct))
            .RequireAuthorization(gaps).WithName("GetPersonCompetenceProfile");
        group.MapPost("/people/{personId:guid}/assessments", async (Guid personId, AssessmentInput input, ICompetenceEvidenceAppService s, CancellationToken ct) =>
            {
                var dto = await s.AssessAsync(personId, input, ct);
                return TypedResults.Created($"{BasePath}/people/{personId}/profile", dto);
            })
            .RequireAuthorization(NavLederprogramPermissions.Competence.AssessPeople).WithName("AssessPersonCompetence");

        group.MapGet("/evidence/pending", ([AsParameters] PagedQueryParameters q, ICompetenceEvidenceAppService s, CancellationToken ct) => s.GetPendingAsync(q.ToQuery(new PagedQuery()), ct))
            .RequireAuthorization(approve).WithName("GetPendingEvidence");
        group.MapPost("/evidence/{id:guid}/approve", (Guid id, ICompetenceEvidenceAppService s, CancellationToken ct) => s.ApproveAsync(id, ct))
            .RequireAuthorization(approve).WithName("ApproveEvidence");
        group.MapPost("/evidence/{id:guid}/reject", (Guid id, RejectEvidenceInput input, ICompetenceEvidenceAppService s, CancellationToken ct) => s.RejectAsync(id, input, ct))
            .RequireAuthorization(approve).WithName("RejectEvidence");

        group.MapGet("/gaps/summary", ([AsParameters] GapParameters p, IGapAnalysisAppService s, CancellationToken ct) => s.GetSummaryAsync(p.ToQuery(), ct))
            .RequireAuthorization(gaps).WithName("GetGapSummary");
        group.MapGet("/gaps/heatmap", ([AsParameters] GapParameters p, IGapAnalysisAppService s, CancellationToken ct) => s.GetHeatmapAsync(p.ToQuery(), ct))
            .RequireAuthorization(gaps).WithName("GetGapHeatmap");
        group.MapGet("/gaps/people", ([AsParameters] PagedQueryParameters q, [AsParameters] GapParameters p, CompetenceStatus? status, IGapAnalysisAppService s, CancellationToken ct) =>
                s.GetPeopleAsync(p.ToPeopleQuery(q, status), ct))
            .RequireAuthorization(gaps).WithName("GetGapPeople");
        group.MapGet("/gaps/export", async ([AsParameters] PagedQueryParameters q, [AsParameters] GapParameters p, CompetenceStatus? status, ExportFormat? format,
                IGapAnalysisAppService s, CancellationToken ct) =>
            {
                var file = await s.ExportAsync(p.ToPeopleQuery(q, status), format ?? ExportFormat.Xlsx, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(gaps).WithName("ExportGaps");
        return app;
    }
}

/// <summary>The query-string filters of every gap report.</summary>
public sealed class GapParameters
{
    [FromQuery(Name = "regionId")] public Guid? RegionId { get; set; }
    [FromQuery(Name = "officeId")] public Guid? OfficeId { get; set; }
    [FromQuery(Name = "jobRoleId")] public Guid? JobRoleId { get; set; }
    [FromQuery(Name = "competenceAreaId")] public Guid? CompetenceAreaId { get; set; }
    [FromQuery(Name = "includeRecommended")] public bool? IncludeRecommended { get; set; }

    public GapQuery ToQuery() => new()
    {
        RegionId = RegionId, OfficeId = OfficeId, JobRoleId = JobRoleId, CompetenceAreaId = CompetenceAreaId, IncludeRecommended = IncludeRecommended ?? false,
    };

    public GapPeopleQuery ToPeopleQuery(PagedQueryParameters paging, CompetenceStatus? status) => paging.ToQuery(new GapPeopleQuery
    {
        RegionId = RegionId, OfficeId = OfficeId, JobRoleId = JobRoleId, CompetenceAreaId = CompetenceAreaId, IncludeRecommended = IncludeRecommended ?? false,
        Status = status,
    });
}
