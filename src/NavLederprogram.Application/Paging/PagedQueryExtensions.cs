using NavLederprogram.Organisation;
using NavLederprogram.Validation;

namespace NavLederprogram.Paging;

internal static class PagedQueryExtensions
{
    public static PageRequest ToPageRequest(this PagedQuery query)
    {
        var validator = new InputValidator();
        if (query.SkipCount < 0) validator.Add(nameof(query.SkipCount), InputValidator.Range, 0, int.MaxValue);
        if (query.MaxResultCount is < 1 or > 1000) validator.Add(nameof(query.MaxResultCount), InputValidator.Range, 1, 1000);
        validator.SearchFilter(nameof(query.Filter), query.Filter, OrganisationConsts.MaxFilterLength);
        if (query.Sorting?.Length > OrganisationConsts.MaxSortingLength) validator.Add(nameof(query.Sorting), InputValidator.MaxLength, OrganisationConsts.MaxSortingLength);
        validator.ThrowIfInvalid();
        return new PageRequest(query.Filter, query.Sorting, query.SkipCount, query.MaxResultCount);
    }
}
