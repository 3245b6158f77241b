namespace NavLederprogram.Paging;

public class PagedQuery
{
    public string? Filter { get; set; }
    /// <summary>A field and direction, e.g. <c>name asc</c>.</summary>
    public string? Sorting { get; set; }
    public int SkipCount { get; set; }
    public int MaxResultCount { get; set; } = 20;
}

public sealed record PagedResult<T>(int TotalCount, IReadOnlyList<T> Items);

public interface IHasId
{
    Guid Id { get; }
}

/// <summary>List, read, create, update and delete of one resource.</summary>
public interface ICrudAppService<TDto, in TQuery, in TInput> where TDto : IHasId where TQuery : PagedQuery
{
    Task<PagedResult<TDto>> GetListAsync(TQuery query, CancellationToken ct);
    Task<TDto> GetAsync(Guid id, CancellationToken ct);
    Task<TDto> CreateAsync(TInput input, CancellationToken ct);
    Task<TDto> UpdateAsync(Guid id, TInput input, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
}
