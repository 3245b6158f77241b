using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.Organisation;

public static class OrganisationEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisation").WithTags("Organisation");
        var view = NavLederprogramPermissions.Organisation.View;
        var manage = NavLederprogramPermissions.Organisation.Manage;

        group.MapGet("/regions", ([AsParameters] PagedQueryParameters q, IRegionAppService s, CancellationToken ct) => s.GetListAsync(q.ToQuery(new PagedQuery()), ct)).RequireAuthorization(view).WithName("GetRegions");
        group.MapCrud<RegionDto, PagedQuery, SaveRegionInput, IRegionAppService>("/api/organisation", "regions", "Region", view, manage);

        group.MapGet("/municipalities", ([AsParameters] PagedQueryParameters q, Guid? regionId, IMunicipalityAppService s, CancellationToken ct) => s.GetListAsync(q.ToQuery(new MunicipalityQuery { RegionId = regionId }), ct)).RequireAuthorization(view).WithName("GetMunicipalities");
        group.MapCrud<MunicipalityDto, MunicipalityQuery, SaveMunicipalityInput, IMunicipalityAppService>("/api/organisation", "municipalities", "Municipality", view, manage);

        group.MapGet("/offices", ([AsParameters] PagedQueryParameters q, Guid? regionId, IOfficeAppService s, CancellationToken ct) => s.GetListAsync(q.ToQuery(new OfficeQuery { RegionId = regionId }), ct)).RequireAuthorization(view).WithName("GetOffices");
        group.MapCrud<OfficeDto, OfficeQuery, SaveOfficeInput, IOfficeAppService>("/api/organisation", "offices", "Office", view, manage);

        var peopleView = NavLederprogramPermissions.People.View;
        group.MapGet("/people", ([AsParameters] PagedQueryParameters q, Guid? officeId, IPersonAppService s, CancellationToken ct) => s.GetListAsync(q.ToQuery(new PersonQuery { OfficeId = officeId }), ct)).RequireAuthorization(peopleView).WithName("GetPeople");
        group.MapCrud<PersonDto, PersonQuery, SavePersonInput, IPersonAppService>("/api/organisation", "people", "Person", peopleView, NavLederprogramPermissions.People.Manage);
        group.MapGet("/job-roles", (IPersonAppService s, CancellationToken ct) => s.GetJobRolesAsync(ct)).RequireAuthorization(view).WithName("GetJobRoles");

        var import = NavLederprogramPermissions.People.Import;
        // Bearer-token API: no cookie is involved, so antiforgery does not apply to these uploads.
        group.MapPost("/hr-import/preview", (IFormFile file, IHrImportAppService s, CancellationToken ct) => WithFile(file, stream => s.PreviewAsync(stream, ct)))
            .RequireAuthorization(import).DisableAntiforgery().WithFormOptions(multipartBodyLengthLimit: IHrImportAppService.MaxFileSize + 64 * 1024).WithName("PreviewHrImport");
        group.MapPost("/hr-import/commit", (IFormFile file, IHrImportAppService s, CancellationToken ct) => WithFile(file, stream => s.CommitAsync(stream, ct)))
            .RequireAuthorization(import).DisableAntiforgery().WithFormOptions(multipartBodyLengthLimit: IHrImportAppService.MaxFileSize + 64 * 1024).WithName("CommitHrImport");
        return app;
    }

    private static async Task<HrImportResult> WithFile(IFormFile file, Func<Stream, Task<HrImportResult>> action)
    {
        await using var stream = file.OpenReadStream();
        return await action(stream);
    }
}
