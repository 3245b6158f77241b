using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public interface IRegionAppService : ICrudAppService<RegionDto, PagedQuery, SaveRegionInput>;
