using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public interface IOfficeAppService : ICrudAppService<OfficeDto, OfficeQuery, SaveOfficeInput>;
