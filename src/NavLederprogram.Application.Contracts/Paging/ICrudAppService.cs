namespace NavLederprogram.Paging;

/// <summary>List, read, create, update and delete of one resource.</summary>
public interface ICrudAppService<TDto, in TQuery, in TInput> where TDto : IHasId where TQuery : PagedQuery
{
    Task<PagedResult<TDto>> GetListAsync(TQuery query, CancellationToken ct);
    Task<TDto> GetAsync(Guid id, CancellationToken ct);
    Task<TDto> CreateAsync(TInput input, CancellationToken ct);
    Task<TDto> UpdateAsync(Guid id, TInput input, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
}
