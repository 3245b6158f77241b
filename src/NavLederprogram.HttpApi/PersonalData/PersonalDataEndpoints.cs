using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.PersonalData;

public static class PersonalDataEndpoints
{
    /// <summary>A person's data (own, an admin's export for someone in scope), erasure with its dry run and records, and the processing overview.</summary>
    public static IEndpointRouteBuilder MapPersonalDataEndpoints(this IEndpointRouteBuilder app)
    {
        var view = NavLederprogramPermissions.PersonalData.View;
        var manage = NavLederprogramPermissions.PersonalData.Manage;
        var erase = NavLederprogramPermissions.PersonalData.Erase;
        var root = app.MapGroup("/api/personal-data").WithTags("PersonalData");
        root.MapGet("/mine", GetMyPersonalData).RequireAuthorization(view).WithName(nameof(GetMyPersonalData));
        root.MapGet("/mine/pdf", GetMyPersonalDataPdf).RequireAuthorization(view).WithName(nameof(GetMyPersonalDataPdf));
        root.MapGet("/processing", GetProcessingOverview).RequireAuthorization(NavLederprogramPolicies.SignedInUser)
            .WithName(nameof(GetProcessingOverview));
        root.MapGet("/people", GetPersonalDataPeople).RequireAuthorization(manage).WithName(nameof(GetPersonalDataPeople));
        root.MapGet("/people/{id:guid}", GetPersonPersonalData).RequireAuthorization(manage).WithName(nameof(GetPersonPersonalData));
        root.MapGet("/people/{id:guid}/pdf", GetPersonPersonalDataPdf).RequireAuthorization(manage).WithName(nameof(GetPersonPersonalDataPdf));
        root.MapGet("/people/{id:guid}/erasure", PlanPersonErasure).RequireAuthorization(erase).WithName(nameof(PlanPersonErasure));
        root.MapPost("/people/{id:guid}/erasure", ErasePerson).RequireAuthorization(erase).WithName(nameof(ErasePerson));
        root.MapGet("/erasures", GetErasures).RequireAuthorization(erase).WithName(nameof(GetErasures));
        return app;
    }

    private static Task<PersonalDataExportDto> GetMyPersonalData(IPersonalDataAppService s, CancellationToken ct) => s.GetMineAsync(ct);

    private static async Task<FileContentHttpResult> GetMyPersonalDataPdf(string? culture, IPersonalDataAppService s, CancellationToken ct) =>
        File(await s.GetMinePdfAsync(culture, ct));

    private static Task<ProcessingOverviewDto> GetProcessingOverview(IPersonalDataAppService s, CancellationToken ct) => s.GetProcessingOverviewAsync(ct);

    private static Task<PagedResult<PersonalDataPersonDto>> GetPersonalDataPeople(
        [AsParameters] PagedQueryParameters q, IPersonalDataAppService s, CancellationToken ct) => s.GetPeopleAsync(q.ToQuery(new PagedQuery()), ct);

    private static Task<PersonalDataExportDto> GetPersonPersonalData(Guid id, IPersonalDataAppService s, CancellationToken ct) => s.GetPersonAsync(id, ct);

    private static async Task<FileContentHttpResult> GetPersonPersonalDataPdf(Guid id, string? culture, IPersonalDataAppService s, CancellationToken ct) =>
        File(await s.GetPersonPdfAsync(id, culture, ct));

    private static Task<ErasurePlanDto> PlanPersonErasure(Guid id, IPersonalDataAppService s, CancellationToken ct) => s.PlanErasureAsync(id, ct);

    private static Task<ErasureRecordDto> ErasePerson(Guid id, ErasureInput input, IPersonalDataAppService s, CancellationToken ct) =>
        s.EraseAsync(id, input, ct);

    private static Task<IReadOnlyList<ErasureRecordDto>> GetErasures(IPersonalDataAppService s, CancellationToken ct) => s.GetErasuresAsync(ct);

    private static FileContentHttpResult File(PersonalDataFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
}
