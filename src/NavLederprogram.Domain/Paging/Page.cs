namespace NavLederprogram.Paging;

/// <summary>The items of one page and how many there are in all.</summary>
public sealed record Page<T>(int TotalCount, IReadOnlyList<T> Items);
