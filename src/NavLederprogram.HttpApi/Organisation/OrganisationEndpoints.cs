using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
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
        group.MapGet("/regions/{id:guid}", (Guid id, IRegionAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequireAuthorization(view).WithName("GetRegion");
        group.MapPost("/regions", async (SaveRegionInput input, IRegionAppService s, CancellationToken ct) => Created(await s.CreateAsync(input, ct), "regions", x => x.Id)).RequireAuthorization(manage).WithName("CreateRegion");
        group.MapPut("/regions/{id:guid}", (Guid id, SaveRegionInput input, IRegionAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct)).RequireAuthorization(manage).WithName("UpdateRegion");
        group.MapDelete("/regions/{id:guid}", async (Guid id, IRegionAppService s, CancellationToken ct) => { await s.DeleteAsync(id, ct); return TypedResults.NoContent(); }).RequireAuthorization(manage).WithName("DeleteRegion");

        group.MapGet("/municipalities", ([AsParameters] PagedQueryParameters q, Guid? regionId, IMunicipalityAppService s, CancellationToken ct) => s.GetListAsync(q.ToQuery(new MunicipalityQuery { RegionId = regionId }), ct)).RequireAuthorization(view).WithName("GetMunicipalities");
        group.MapGet("/municipalities/{id:guid}", (Guid id, IMunicipalityAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequireAuthorization(view).WithName("GetMunicipality");
        group.MapPost("/municipalities", async (SaveMunicipalityInput input, IMunicipalityAppService s, CancellationToken ct) => Created(await s.CreateAsync(input, ct), "municipalities", x => x.Id)).RequireAuthorization(manage).WithName("CreateMunicipality");
        group.MapPut("/municipalities/{id:guid}", (Guid id, SaveMunicipalityInput input, IMunicipalityAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct)).RequireAuthorization(manage).WithName("UpdateMunicipality");
        group.MapDelete("/municipalities/{id:guid}", async (Guid id, IMunicipalityAppService s, CancellationToken ct) => { await s.DeleteAsync(id, ct); return TypedResults.NoContent(); }).RequireAuthorization(manage).WithName("DeleteMunicipality");

        group.MapGet("/offices", ([AsParameters] PagedQueryParameters q, Guid? regionId, IOfficeAppService s, CancellationToken ct) => s.GetListAsync(q.ToQuery(new OfficeQuery { RegionId = regionId }), ct)).RequireAuthorization(view).WithName("GetOffices");
        group.MapGet("/offices/{id:guid}", (Guid id, IOfficeAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequireAuthorization(view).WithName("GetOffice");
        group.MapPost("/offices", async (SaveOfficeInput input, IOfficeAppService s, CancellationToken ct) => Created(await s.CreateAsync(input, ct), "offices", x => x.Id)).RequireAuthorization(manage).WithName("CreateOffice");
        group.MapPut("/offices/{id:guid}", (Guid id, SaveOfficeInput input, IOfficeAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct)).RequireAuthorization(manage).WithName("UpdateOffice");
        group.MapDelete("/offices/{id:guid}", async (Guid id, IOfficeAppService s, CancellationToken ct) => { await s.DeleteAsync(id, ct); return TypedResults.NoContent(); }).RequireAuthorization(manage).WithName("DeleteOffice");

        var peopleView = NavLederprogramPermissions.People.View;
        var peopleManage = NavLederprogramPermissions.People.Manage;
        group.MapGet("/people", ([AsParameters] PagedQueryParameters q, Guid? officeId, IPersonAppService s, CancellationToken ct) => s.GetListAsync(q.ToQuery(new PersonQuery { OfficeId = officeId }), ct)).RequireAuthorization(peopleView).WithName("GetPeople");
        group.MapGet("/people/{id:guid}", (Guid id, IPersonAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequireAuthorization(peopleView).WithName("GetPerson");
        group.MapPost("/people", async (SavePersonInput input, IPersonAppService s, CancellationToken ct) => Created(await s.CreateAsync(input, ct), "people", x => x.Id)).RequireAuthorization(peopleManage).WithName("CreatePerson");
        group.MapPut("/people/{id:guid}", (Guid id, SavePersonInput input, IPersonAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct)).RequireAuthorization(peopleManage).WithName("UpdatePerson");
        group.MapDelete("/people/{id:guid}", async (Guid id, IPersonAppService s, CancellationToken ct) => { await s.DeleteAsync(id, ct); return TypedResults.NoContent(); }).RequireAuthorization(peopleManage).WithName("DeletePerson");
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

    private static Created<T> Created<T>(T dto, string collection, Func<T, Guid> id) =>
        TypedResults.Created($"/api/organisation/{collection}/{id(dto)}", dto);
}

/// <summary>Query-string paging parameters shared by every list endpoint.</summary>
public sealed class PagedQueryParameters
{
    [FromQuery] public string? Filter { get; set; }
    [FromQuery] public string? Sorting { get; set; }
    [FromQuery] public int? SkipCount { get; set; }
    [FromQuery] public int? MaxResultCount { get; set; }

    public T ToQuery<T>(T query) where T : PagedQuery
    {
        query.Filter = Filter;
        query.Sorting = Sorting;
        query.SkipCount = SkipCount ?? 0;
        query.MaxResultCount = MaxResultCount ?? 20;
        return query;
    }
}
