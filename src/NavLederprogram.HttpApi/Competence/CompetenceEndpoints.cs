using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Audit;
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

        group.MapGet("/scales", GetProficiencyScales).RequireAuthorization(view).WithName(nameof(GetProficiencyScales));
        group.MapCrud<ProficiencyScaleDto, PagedQuery, SaveProficiencyScaleInput, IProficiencyScaleAppService>(
            BasePath, "scales", "ProficiencyScale", view, manageCatalogue);

        group.MapGet("/categories", GetCompetenceCategories).RequireAuthorization(view).WithName(nameof(GetCompetenceCategories));
        group.MapCrud<CompetenceCategoryDto, PagedQuery, SaveCompetenceCategoryInput, ICompetenceCategoryAppService>(
            BasePath, "categories", "CompetenceCategory", view, manageCatalogue);

        group.MapGet("/areas", GetCompetenceAreas).RequireAuthorization(view).WithName(nameof(GetCompetenceAreas));
        group.MapCrud<CompetenceAreaDto, CompetenceAreaQuery, SaveCompetenceAreaInput, ICompetenceAreaAppService>(
            BasePath, "areas", "CompetenceArea", view, manageCatalogue);

        group.MapGet("/requirements", GetCompetenceRequirements).RequireAuthorization(view).WithName(nameof(GetCompetenceRequirements));
        group.MapGet("/requirements/{id:guid}", GetCompetenceRequirement)
            .RequireAuthorization(view).WithName(nameof(GetCompetenceRequirement));
        group.MapPost("/requirements", CreateCompetenceRequirement)
            .RequireAuthorization(manageRequirements).WithName(nameof(CreateCompetenceRequirement));
        group.MapPost("/requirements/{id:guid}/versions", ChangeCompetenceRequirement)
            .RequireAuthorization(manageRequirements).WithName(nameof(ChangeCompetenceRequirement));
        group.MapPost("/requirements/{id:guid}/retire", RetireCompetenceRequirement)
            .RequireAuthorization(manageRequirements).WithName(nameof(RetireCompetenceRequirement));

        group.MapGet("/my-profile", GetMyCompetenceProfile).RequireAuthorization(signedIn).WithName(nameof(GetMyCompetenceProfile));
        // Bearer-token API: no cookie is involved, so antiforgery does not apply to the upload.
        group.MapPost("/my-evidence", UploadMyEvidence)
            .RequireAuthorization(signedIn).DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: CompetenceConsts.MaxDocumentSize + 64 * 1024)
            .WithName(nameof(UploadMyEvidence));
        group.MapDelete("/my-evidence/{id:guid}", WithdrawMyEvidence).RequireAuthorization(signedIn).WithName(nameof(WithdrawMyEvidence));
        group.MapGet("/evidence/{id:guid}/document", GetEvidenceDocument)
            .RequireAuthorization(signedIn).WithName(nameof(GetEvidenceDocument));

        group.MapGet("/people/{personId:guid}/profile", GetPersonCompetenceProfile)
            .RequireAuthorization(gaps).WithName(nameof(GetPersonCompetenceProfile)).RecordsPersonalDataRead("personId");
        group.MapPost("/people/{personId:guid}/assessments", AssessPersonCompetence)
            .RequireAuthorization(NavLederprogramPermissions.Competence.AssessPeople).WithName(nameof(AssessPersonCompetence));

        group.MapGet("/evidence/pending", GetPendingEvidence).RequireAuthorization(approve).WithName(nameof(GetPendingEvidence));
        group.MapPost("/evidence/{id:guid}/approve", ApproveEvidence).RequireAuthorization(approve).WithName(nameof(ApproveEvidence));
        group.MapPost("/evidence/{id:guid}/reject", RejectEvidence).RequireAuthorization(approve).WithName(nameof(RejectEvidence));

        group.MapGet("/gaps/summary", GetGapSummary).RequireAuthorization(gaps).WithName(nameof(GetGapSummary));
        group.MapGet("/gaps/heatmap", GetGapHeatmap).RequireAuthorization(gaps).WithName(nameof(GetGapHeatmap));
        group.MapGet("/gaps/people", GetGapPeople).RequireAuthorization(gaps).WithName(nameof(GetGapPeople));
        group.MapGet("/gaps/export", ExportGaps).RequireAuthorization(gaps).WithName(nameof(ExportGaps));
        return app;
    }

    private static Task<PagedResult<ProficiencyScaleDto>> GetProficiencyScales(
        [AsParameters] PagedQueryParameters q, IProficiencyScaleAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new PagedQuery()), ct);

    private static Task<PagedResult<CompetenceCategoryDto>> GetCompetenceCategories(
        [AsParameters] PagedQueryParameters q, ICompetenceCategoryAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new PagedQuery()), ct);

    private static Task<PagedResult<CompetenceAreaDto>> GetCompetenceAreas(
        [AsParameters] PagedQueryParameters q, Guid? categoryId, ICompetenceAreaAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new CompetenceAreaQuery { CategoryId = categoryId }), ct);

    private static Task<PagedResult<CompetenceRequirementDto>> GetCompetenceRequirements(
        [AsParameters] PagedQueryParameters q, Guid? jobRoleId, Guid? competenceAreaId,
        ICompetenceRequirementAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new RequirementQuery { JobRoleId = jobRoleId, CompetenceAreaId = competenceAreaId }), ct);

    private static Task<CompetenceRequirementDto> GetCompetenceRequirement(
        Guid id, ICompetenceRequirementAppService s, CancellationToken ct) =>
        s.GetAsync(id, ct);

    private static async Task<Created<CompetenceRequirementDto>> CreateCompetenceRequirement(
        CreateRequirementInput input, ICompetenceRequirementAppService s, CancellationToken ct)
    {
        var dto = await s.CreateAsync(input, ct);
        return TypedResults.Created($"{BasePath}/requirements/{dto.Id}", dto);
    }

    private static Task<CompetenceRequirementDto> ChangeCompetenceRequirement(
        Guid id, ChangeRequirementInput input, ICompetenceRequirementAppService s, CancellationToken ct) =>
        s.ChangeAsync(id, input, ct);

    private static Task<CompetenceRequirementDto> RetireCompetenceRequirement(
        Guid id, RetireRequirementInput input, ICompetenceRequirementAppService s, CancellationToken ct) =>
        s.RetireAsync(id, input, ct);

    private static Task<CompetenceProfileDto> GetMyCompetenceProfile(
        ICompetenceProfileAppService s, CancellationToken ct) => s.GetMineAsync(ct);

    private static async Task<Created<EvidenceDto>> UploadMyEvidence(
        [FromForm] UploadEvidenceInput? input, IFormFile? file, ICompetenceEvidenceAppService s, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream();
        // A form without any of the fields binds to null; it then fails validation like an empty form.
        var evidenceFile = file is null ? null : new EvidenceFile(file.FileName, file.Length, content!);
        var dto = await s.UploadMineAsync(input ?? new UploadEvidenceInput(), evidenceFile, ct);
        return TypedResults.Created($"{BasePath}/my-profile", dto);
    }

    private static async Task<NoContent> WithdrawMyEvidence(Guid id, ICompetenceEvidenceAppService s, CancellationToken ct)
    {
        await s.WithdrawMineAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> GetEvidenceDocument(Guid id, ICompetenceEvidenceAppService s, CancellationToken ct)
    {
        var file = await s.GetDocumentAsync(id, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static Task<CompetenceProfileDto> GetPersonCompetenceProfile(
        Guid personId, ICompetenceProfileAppService s, CancellationToken ct) =>
        s.GetAsync(personId, ct);

    private static async Task<Created<EvidenceDto>> AssessPersonCompetence(
        Guid personId, AssessmentInput input, ICompetenceEvidenceAppService s, CancellationToken ct)
    {
        var dto = await s.AssessAsync(personId, input, ct);
        return TypedResults.Created($"{BasePath}/people/{personId}/profile", dto);
    }

    private static Task<PagedResult<PendingEvidenceDto>> GetPendingEvidence(
        [AsParameters] PagedQueryParameters q, ICompetenceEvidenceAppService s, CancellationToken ct) =>
        s.GetPendingAsync(q.ToQuery(new PagedQuery()), ct);

    private static Task<EvidenceDto> ApproveEvidence(
        Guid id, ICompetenceEvidenceAppService s, CancellationToken ct) => s.ApproveAsync(id, ct);

    private static Task<EvidenceDto> RejectEvidence(
        Guid id, RejectEvidenceInput input, ICompetenceEvidenceAppService s, CancellationToken ct) =>
        s.RejectAsync(id, input, ct);

    private static Task<GapSummaryDto> GetGapSummary([AsParameters] GapParameters p, IGapAnalysisAppService s, CancellationToken ct) =>
        s.GetSummaryAsync(p.ToQuery(), ct);

    private static Task<HeatmapDto> GetGapHeatmap([AsParameters] GapParameters p, IGapAnalysisAppService s, CancellationToken ct) =>
        s.GetHeatmapAsync(p.ToQuery(), ct);

    private static Task<PagedResult<GapPersonDto>> GetGapPeople(
        [AsParameters] PagedQueryParameters q, [AsParameters] GapParameters p, CompetenceStatus? status,
        IGapAnalysisAppService s, CancellationToken ct) =>
        s.GetPeopleAsync(p.ToPeopleQuery(q, status), ct);

    private static async Task<FileContentHttpResult> ExportGaps(
        [AsParameters] PagedQueryParameters q, [AsParameters] GapParameters p, CompetenceStatus? status, ExportFormat? format,
        IGapAnalysisAppService s, CancellationToken ct)
    {
        var file = await s.ExportAsync(p.ToPeopleQuery(q, status), format ?? ExportFormat.Xlsx, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
