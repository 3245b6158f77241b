using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public interface IProficiencyScaleAppService : ICrudAppService<ProficiencyScaleDto, PagedQuery, SaveProficiencyScaleInput>;
