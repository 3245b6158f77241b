using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram;

public static class CrudEndpoints
{
    /// <summary>
    /// Read, create, update and delete of one resource; lists differ by their filters and are mapped apart. Returns the read,
    /// for a resource that is a person's data to record who reads it.
    /// </summary>
    public static RouteHandlerBuilder MapCrud<TDto, TQuery, TInput, TService>(
        this RouteGroupBuilder group, string basePath, string resource, string name, string view, string manage)
        where TDto : IHasId where TQuery : PagedQuery where TInput : class where TService : ICrudAppService<TDto, TQuery, TInput>
    {
        var handlers = new Handlers<TDto, TQuery, TInput, TService>($"{basePath}/{resource}");
        var get = group.MapGet($"/{resource}/{{id:guid}}", handlers.Get).RequireAuthorization(view).WithName($"Get{name}");
        group.MapPost($"/{resource}", handlers.Create).RequireAuthorization(manage).WithName($"Create{name}");
        group.MapPut($"/{resource}/{{id:guid}}", handlers.Update).RequireAuthorization(manage).WithName($"Update{name}");
        group.MapDelete($"/{resource}/{{id:guid}}", handlers.Delete).RequireAuthorization(manage).WithName($"Delete{name}");
        return get;
    }

    /// <summary>The handlers of one resource, which knows where its created items are found.</summary>
    private sealed class Handlers<TDto, TQuery, TInput, TService>(string location)
        where TDto : IHasId where TQuery : PagedQuery where TInput : class where TService : ICrudAppService<TDto, TQuery, TInput>
    {
        public Task<TDto> Get(Guid id, TService s, CancellationToken ct) => s.GetAsync(id, ct);

        public async Task<Created<TDto>> Create(TInput input, TService s, CancellationToken ct)
        {
            var dto = await s.CreateAsync(input, ct);
            return TypedResults.Created($"{location}/{dto.Id}", dto);
        }

        public Task<TDto> Update(Guid id, TInput input, TService s, CancellationToken ct) => s.UpdateAsync(id, input, ct);

        public async Task<NoContent> Delete(Guid id, TService s, CancellationToken ct)
        {
            await s.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        }
    }
}
