namespace NavLederprogram.Paging;

public sealed record PagedResult<T>(int TotalCount, IReadOnlyList<T> Items);
