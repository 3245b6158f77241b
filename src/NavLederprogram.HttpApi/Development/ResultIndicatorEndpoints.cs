using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Development;

public static class ResultIndicatorEndpoints
{
    /// <summary>The indicator catalogue (read by every leader, kept by admins), values per office, and the CSV import of values.</summary>
    public static IEndpointRouteBuilder MapResultIndicatorEndpoints(this IEndpointRouteBuilder app)
    {
        var view = NavLederprogramPermissions.Development.View;
        var manage = NavLederprogramPermissions.Development.ManageIndicators;
        var group = app.MapGroup("/api/development/indicators").WithTags("Development");
        group.MapGet("", GetResultIndicators).RequireAuthorization(view).WithName(nameof(GetResultIndicators));
        group.MapPost("", CreateResultIndicator).RequireAuthorization(manage).WithName(nameof(CreateResultIndicator));
        group.MapPut("/{id:guid}", UpdateResultIndicator).RequireAuthorization(manage).WithName(nameof(UpdateResultIndicator));
        group.MapGet("/{id:guid}/values", GetIndicatorValues).RequireAuthorization(view).WithName(nameof(GetIndicatorValues));
        group.MapPut("/{id:guid}/values", SetIndicatorValue).RequireAuthorization(view).WithName(nameof(SetIndicatorValue));
        group.MapPost("/import/preview", PreviewIndicatorImport).RequireAuthorization(manage).DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: IResultIndicatorAppService.MaxFileSize + 64 * 1024).WithName(nameof(PreviewIndicatorImport));
        group.MapPost("/import/apply", ApplyIndicatorImport).RequireAuthorization(manage).DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: IResultIndicatorAppService.MaxFileSize + 64 * 1024).WithName(nameof(ApplyIndicatorImport));
        return app;
    }

    private static Task<IReadOnlyList<ResultIndicatorDto>> GetResultIndicators(IResultIndicatorAppService s, CancellationToken ct) => s.GetListAsync(ct);

    private static Task<ResultIndicatorDto> CreateResultIndicator(SaveResultIndicatorInput input, IResultIndicatorAppService s, CancellationToken ct) =>
        s.CreateAsync(input, ct);

    private static Task<ResultIndicatorDto> UpdateResultIndicator(Guid id, SaveResultIndicatorInput input, IResultIndicatorAppService s, CancellationToken ct) =>
        s.UpdateAsync(id, input, ct);

    private static Task<IReadOnlyList<IndicatorValueDto>> GetIndicatorValues(Guid id, Guid officeId, IResultIndicatorAppService s, CancellationToken ct) =>
        s.GetValuesAsync(id, officeId, ct);

    private static Task<IndicatorValueDto> SetIndicatorValue(Guid id, SetIndicatorValueInput input, IResultIndicatorAppService s, CancellationToken ct) =>
        s.SetValueAsync(id, input, ct);

    /// <summary>The dry run: what the file would add and change, and every bad line; nothing is written.</summary>
    private static Task<IndicatorImportResult> PreviewIndicatorImport(IFormFile file, IResultIndicatorAppService s, CancellationToken ct) =>
        WithFile(file, stream => s.PreviewImportAsync(stream, ct));

    /// <summary>Writes a file without errors; a file with a bad line is refused whole (400) and nothing is written.</summary>
    private static Task<IndicatorImportResult> ApplyIndicatorImport(IFormFile file, IResultIndicatorAppService s, CancellationToken ct) =>
        WithFile(file, stream => s.ApplyImportAsync(stream, ct));

    private static async Task<T> WithFile<T>(IFormFile file, Func<Stream, Task<T>> action)
    {
        await using var stream = file.OpenReadStream();
        return await action(stream);
    }
}
