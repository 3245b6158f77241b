using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public interface ICompetenceCategoryAppService : ICrudAppService<CompetenceCategoryDto, PagedQuery, SaveCompetenceCategoryInput>;
