using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public interface IMunicipalityAppService : ICrudAppService<MunicipalityDto, MunicipalityQuery, SaveMunicipalityInput>;
