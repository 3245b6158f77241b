using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public enum GapGrouping
{
    Requirement,
    JobRole,
    CompetenceArea,
    Office,
    OfficeAndCompetenceArea,
    Region,
}
