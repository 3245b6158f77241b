using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public interface ICompetenceAreaAppService : ICrudAppService<CompetenceAreaDto, CompetenceAreaQuery, SaveCompetenceAreaInput>;
