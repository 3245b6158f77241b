namespace NavLederprogram.Paging;

public class PagedQuery
{
    public string? Filter { get; set; }
    /// <summary>A field and direction, e.g. <c>name asc</c>.</summary>
    public string? Sorting { get; set; }
    public int SkipCount { get; set; }
    public int MaxResultCount { get; set; } = 20;
}
