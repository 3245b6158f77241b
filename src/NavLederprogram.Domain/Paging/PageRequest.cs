namespace NavLederprogram.Paging;

/// <summary>One page of a list as repositories read it: filter text, sorting, and the window.</summary>
public sealed record PageRequest(string? Filter, string? Sorting, int SkipCount, int MaxResultCount);
