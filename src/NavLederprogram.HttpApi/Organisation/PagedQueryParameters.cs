using Microsoft.AspNetCore.Mvc;

namespace NavLederprogram.Organisation;

/// <summary>Query-string paging parameters shared by every list endpoint.</summary>
public sealed class PagedQueryParameters
{
    [FromQuery(Name = "filter")] public string? Filter { get; set; }
    [FromQuery(Name = "sorting")] public string? Sorting { get; set; }
    [FromQuery(Name = "skipCount")] public int? SkipCount { get; set; }
    [FromQuery(Name = "maxResultCount")] public int? MaxResultCount { get; set; }

    public T ToQuery<T>(T query) where T : PagedQuery
    {
        query.Filter = Filter;
        query.Sorting = Sorting;
        query.SkipCount = SkipCount ?? 0;
        query.MaxResultCount = MaxResultCount ?? 20;
        return query;
    }
}
