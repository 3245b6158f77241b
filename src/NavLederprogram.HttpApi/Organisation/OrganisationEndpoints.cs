using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Audit;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.Organisation;

public static class OrganisationEndpoints
{
    private const string BasePath = "/api/organisation";

    public static IEndpointRouteBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).WithTags("Organisation");
        var view = NavLederprogramPermissions.Organisation.View;
        var manage = NavLederprogramPermissions.Organisation.Manage;

        group.MapGet("/regions", GetRegions).RequireAuthorization(view).WithName(nameof(GetRegions));
        group.MapCrud<RegionDto, PagedQuery, SaveRegionInput, IRegionAppService>(BasePath, "regions", "Region", view, manage);

        group.MapGet("/municipalities", GetMunicipalities).RequireAuthorization(view).WithName(nameof(GetMunicipalities));
        group.MapCrud<MunicipalityDto, MunicipalityQuery, SaveMunicipalityInput, IMunicipalityAppService>(
            BasePath, "municipalities", "Municipality", view, manage);

        group.MapGet("/offices", GetOffices).RequireAuthorization(view).WithName(nameof(GetOffices));
        group.MapCrud<OfficeDto, OfficeQuery, SaveOfficeInput, IOfficeAppService>(BasePath, "offices", "Office", view, manage);

        var peopleView = NavLederprogramPermissions.People.View;
        group.MapGet("/people", GetPeople).RequireAuthorization(peopleView).WithName(nameof(GetPeople));
        group.MapCrud<PersonDto, PersonQuery, SavePersonInput, IPersonAppService>(
            BasePath, "people", "Person", peopleView, NavLederprogramPermissions.People.Manage).RecordsPersonalDataRead("id");
        group.MapGet("/job-roles", GetJobRoles).RequireAuthorization(view).WithName(nameof(GetJobRoles));

        var import = NavLederprogramPermissions.People.Import;
        // Bearer-token API: no cookie is involved, so antiforgery does not apply to these uploads.
        group.MapPost("/hr-import/preview", PreviewHrImport).RequireAuthorization(import).DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: IHrImportAppService.MaxFileSize + 64 * 1024).WithName(nameof(PreviewHrImport));
        group.MapPost("/hr-import/commit", CommitHrImport).RequireAuthorization(import).DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: IHrImportAppService.MaxFileSize + 64 * 1024).WithName(nameof(CommitHrImport));
        group.MapGet("/hr-import/{id:guid}", GetHrImport).RequireAuthorization(import).WithName(nameof(GetHrImport));
        return app;
    }

    private static Task<PagedResult<RegionDto>> GetRegions(
        [AsParameters] PagedQueryParameters q, IRegionAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new PagedQuery()), ct);

    private static Task<PagedResult<MunicipalityDto>> GetMunicipalities(
        [AsParameters] PagedQueryParameters q, Guid? regionId, IMunicipalityAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new MunicipalityQuery { RegionId = regionId }), ct);

    private static Task<PagedResult<OfficeDto>> GetOffices(
        [AsParameters] PagedQueryParameters q, Guid? regionId, IOfficeAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new OfficeQuery { RegionId = regionId }), ct);

    private static Task<PagedResult<PersonDto>> GetPeople(
        [AsParameters] PagedQueryParameters q, Guid? officeId, IPersonAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new PersonQuery { OfficeId = officeId }), ct);

    private static Task<IReadOnlyList<JobRoleDto>> GetJobRoles(IPersonAppService s, CancellationToken ct) => s.GetJobRolesAsync(ct);

    private static Task<HrImportResult> PreviewHrImport(IFormFile file, IHrImportAppService s, CancellationToken ct) =>
        WithFile(file, stream => s.PreviewAsync(stream, ct));

    /// <summary>The file is checked at once; a file without errors is written by the import job, followed at the returned address.</summary>
    private static async Task<Accepted<HrImportStatus>> CommitHrImport(IFormFile file, IHrImportAppService s, CancellationToken ct)
    {
        var status = await WithFile(file, stream => s.CommitAsync(stream, ct));
        return TypedResults.Accepted($"{BasePath}/hr-import/{status.Id}", status);
    }

    private static Task<HrImportStatus> GetHrImport(Guid id, IHrImportAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static async Task<T> WithFile<T>(IFormFile file, Func<Stream, Task<T>> action)
    {
        await using var stream = file.OpenReadStream();
        return await action(stream);
    }
}
