using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram;

public static class CrudEndpoints
{
    /// <summary>Read, create, update and delete of one resource; lists differ by their filters and are mapped apart.</summary>
    public static void MapCrud<TDto, TQuery, TInput, TService>(this RouteGroupBuilder group, string basePath, string resource, string name, string view, string manage)
        where TDto : IHasId where TQuery : PagedQuery where TInput : class where TService : ICrudAppService<TDto, TQuery, TInput>
    {
        group.MapGet($"/{resource}/{{id:guid}}", (Guid id, TService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequireAuthorization(view).WithName($"Get{name}");
        group.MapPost($"/{resource}", async (TInput input, TService s, CancellationToken ct) =>
            {
                var dto = await s.CreateAsync(input, ct);
                return TypedResults.Created($"{basePath}/{resource}/{dto.Id}", dto);
            })
            .RequireAuthorization(manage).WithName($"Create{name}");
        group.MapPut($"/{resource}/{{id:guid}}", (Guid id, TInput input, TService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequireAuthorization(manage).WithName($"Update{name}");
        group.MapDelete($"/{resource}/{{id:guid}}", async (Guid id, TService s, CancellationToken ct) =>
            {
                await s.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(manage).WithName($"Delete{name}");
    }
}
